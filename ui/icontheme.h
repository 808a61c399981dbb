// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

namespace Pigeon::Ui {

/// Makes the freedesktop icon theme usable everywhere Pigeon runs. Outside a desktop
/// session (a bare X server, Xvfb, the offscreen platform of tests) Qt has no theme
/// name and may not even search /usr/share/icons, so every QIcon::fromTheme() would be
/// empty: then the system's icon directories are searched and Adwaita (installed with
/// every Debian desktop and by scripts/deps.sh) is used. A desktop's own theme is kept.
class IconTheme
{
public:
    static void ensure();
};

} // namespace Pigeon::Ui
