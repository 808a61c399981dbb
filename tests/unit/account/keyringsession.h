// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

// Tests that use the real keychain run inside a private D-Bus session with an unlocked
// gnome-keyring (./test.sh wraps the whole run in one). Run alone, outside such a
// session, the test re-executes itself inside a fresh one, so it never skips and never
// touches the developer's own keyring by accident.

#include <cstdio>
#include <cstdlib>
#include <vector>

#include <unistd.h>

namespace PigeonTest {

inline void ensureKeyringSession(int argc, char **argv)
{
    if (std::getenv("DBUS_SESSION_BUS_ADDRESS") || std::getenv("PIGEON_KEYRING_WRAPPED"))
        return;
    ::setenv("PIGEON_KEYRING_WRAPPED", "1", 1);
    static char dbus[] = "dbus-run-session";
    static char dashes[] = "--";
    static char sh[] = "sh";
    static char c[] = "-c";
    // Like ./test.sh: the keyring files live in a throw-away directory, so neither the
    // developer's keyring nor one left by an earlier run (with another password) is used.
    static char script[] =
        "h=$(mktemp -d \"${TMPDIR:-/tmp}/pigeon-keyring.XXXXXX\") || exit 1; "
        "export XDG_DATA_HOME=$h/data XDG_RUNTIME_DIR=$h/run; "
        "mkdir -p $XDG_DATA_HOME && mkdir -m 700 $XDG_RUNTIME_DIR; "
        "echo -n pigeon-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
        "\"$0\" \"$@\"; rc=$?; rm -rf \"$h\"; exit $rc";
    std::vector<char *> args{dbus, dashes, sh, c, script};
    for (int i = 0; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);
    ::execvp(dbus, args.data());
    std::perror("pigeon test: cannot start dbus-run-session (install dbus and gnome-keyring)");
}

} // namespace PigeonTest
