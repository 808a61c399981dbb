// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "autoconfig/detectedconfig.h"
#include "common/mailerror.h"

#include <QObject>

namespace Pigeon::Autoconfig {

/// One way of finding settings (provider list, autoconfig, SRV, probing). SettingsDetector
/// runs several at once. After start() a source emits progressed() any number of times and
/// then exactly one of found() or failed() - unless cancel() came first, after which it
/// emits nothing. Signals are never emitted from inside start().
class DetectionSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual ConfigSource kind() const = 0;
    virtual void start(const QString &emailAddress) = 0;
    virtual void cancel() = 0;

Q_SIGNALS:
    /// What the source is doing now (translated), for the wizard's live view.
    void progressed(const QString &text);
    void found(const Pigeon::Autoconfig::DetectedConfig &config);
    void failed(const Pigeon::MailError &error);
};

} // namespace Pigeon::Autoconfig
