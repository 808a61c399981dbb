// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "autoconfig/detectedconfig.h"
#include "autoconfig/probebatch.h"
#include "common/mailerror.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace Pigeon::Autoconfig {

class DetectionSource;

/// Finds server settings for an e-mail address (issue 7, "Finding settings").
///
/// Runs all its sources at once under one overall timeout and reports each source's
/// progress as it happens. The first complete and verified answer wins and stops the rest:
/// the built-in provider list counts as verified (so a known domain is answered at once),
/// probing verifies by construction, and a complete answer from autoconfig or SRV is checked
/// with ServerProbe (its preferred incoming and outgoing server must answer with working
/// TLS) before it may win. A source that never answers only costs the overall timeout.
/// When nothing verified turns up in time, finished() carries the best unverified answer
/// (DetectedConfig::verified false) or, failing that, an error.
class SettingsDetector : public QObject
{
    Q_OBJECT
public:
    struct Outcome {
        bool ok() const { return !error.isError(); }
        DetectedConfig config;   ///< the winner (when ok())
        MailError error;         ///< Timeout or NotFound when no usable answer came
        QList<DetectedConfig> alternatives; ///< every other usable answer seen, for the manual page
    };

    explicit SettingsDetector(QObject *parent = nullptr);
    ~SettingsDetector() override;

    /// Adds a source; the detector owns it. Without any, start() uses the standard five
    /// (provider list, HTTPS autoconfig, DNS SRV, the MX host's provider, probing) - see
    /// addStandardSources().
    void addSource(DetectionSource *source);
    /// Adds the standard sources with real network access. Call setEndpointRewrite() and
    /// setProbeTimeouts() first: the probe source takes them over when it is made.
    void addStandardSources();

    void setTimeout(int ms) { m_timer.setInterval(ms); }
    /// Used when checking autoconfig/SRV answers (tests map hosts to the fixture).
    void setEndpointRewrite(EndpointRewrite rewrite) { m_rewrite = std::move(rewrite); }
    void setProbeTimeouts(int connectMs, int replyMs);

    void start(const QString &emailAddress);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void sourceStarted(Pigeon::Autoconfig::ConfigSource source);
    void sourceProgressed(Pigeon::Autoconfig::ConfigSource source, const QString &text);
    /// A source finished: with a configuration (ok) or with @p error.
    void sourceFinished(Pigeon::Autoconfig::ConfigSource source, bool found, const Pigeon::MailError &error);
    /// Exactly once per start(), also after cancel() (with MailError::Kind::Cancelled).
    void finished(const Pigeon::Autoconfig::SettingsDetector::Outcome &outcome);

private:
    void onFound(DetectionSource *source, const DetectedConfig &config);
    void onFailed(DetectionSource *source, const MailError &error);
    void verify(const DetectedConfig &config);
    void accept(const DetectedConfig &config);
    void checkAllDone();
    void finish(Outcome outcome);
    void stopAll();

    std::vector<DetectionSource *> m_sources;
    QList<DetectionSource *> m_running_sources;
    QTimer m_timer;
    EndpointRewrite m_rewrite;
    int m_probeConnectMs = 8'000;
    int m_probeReplyMs = 8'000;
    QList<ProbeBatch *> m_verifications;
    QList<DetectedConfig> m_unverified;
    QList<DetectedConfig> m_seen;
    bool m_running = false;
};

} // namespace Pigeon::Autoconfig

Q_DECLARE_METATYPE(Pigeon::Autoconfig::SettingsDetector::Outcome)
