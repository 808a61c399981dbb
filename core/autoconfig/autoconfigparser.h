// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "autoconfig/detectedconfig.h"
#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Pigeon::Autoconfig {

/// Parses the Thunderbird autoconfig format ("clientConfig version 1.1", the format of
/// Mozilla's ISPDB and of https://autoconfig.<domain>/mail/config-v1.1.xml) into a
/// DetectedConfig for one e-mail address.
///
/// The input may come from anybody's web server, so: the size is capped before parsing,
/// any DTD is refused (no entity expansion, hence no "billion laughs"), nesting depth and
/// server count are bounded, and a server with an unknown socketType, a port outside
/// 1..65535 or an unknown placeholder is skipped with a note instead of guessed.
/// Placeholders %EMAILADDRESS%, %EMAILLOCALPART% and %EMAILDOMAIN% are resolved.
class AutoconfigParser
{
    Q_DECLARE_TR_FUNCTIONS(Pigeon::Autoconfig::AutoconfigParser)
public:
    /// Larger documents are refused unread (real ones are 1-5 KiB).
    static constexpr qsizetype DefaultMaxSize = 128 * 1024;

    struct Options {
        ConfigSource source = ConfigSource::Autoconfig;
        /// Honour the Pigeon extension elements (access rules, verification state). Only
        /// for the built-in list: a domain's own file must not tell the user what to do.
        bool allowPigeonExtensions = false;
        qsizetype maxSize = DefaultMaxSize;
    };

    /// The XML namespace of Pigeon's extension elements.
    static QString pigeonNamespace();

    /// Parses @p xml for @p emailAddress. Fails with MailError::Kind::Parse (malformed,
    /// DTD, wrong root, no usable server), LimitExceeded (size, depth) or InvalidInput
    /// (the address has no '@').
    static Result<DetectedConfig> parse(const QByteArray &xml, const QString &emailAddress,
                                        const Options &options);
    static Result<DetectedConfig> parse(const QByteArray &xml, const QString &emailAddress)
    {
        return parse(xml, emailAddress, Options());
    }

    /// Replaces the placeholders; false when an unknown %PLACEHOLDER% remains.
    static bool resolvePlaceholders(QString *text, const QString &emailAddress);
};

} // namespace Pigeon::Autoconfig
