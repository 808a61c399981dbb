// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "autoconfig/settingsdetector.h"

#include "autoconfig/autoconfigsource.h"
#include "autoconfig/configfetcher.h"
#include "autoconfig/mxsource.h"
#include "autoconfig/probesource.h"
#include "autoconfig/providerlistsource.h"
#include "autoconfig/srvsource.h"
#include "common/logging.h"

namespace Pigeon::Autoconfig {

SettingsDetector::SettingsDetector(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(30'000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        Outcome outcome;
        if (!m_unverified.isEmpty()) {
            outcome.config = m_unverified.first();
        } else {
            outcome.error = MailError(MailError::Kind::Timeout,
                                      tr("No settings were found in time. Enter the servers by hand."));
        }
        finish(outcome);
    });
}

SettingsDetector::~SettingsDetector()
{
    stopAll();
}

void SettingsDetector::addSource(DetectionSource *source)
{
    source->setParent(this);
    m_sources.push_back(source);
    connect(source, &DetectionSource::progressed, this, [this, source](const QString &text) {
        if (m_running)
            Q_EMIT sourceProgressed(source->kind(), text);
    });
    connect(source, &DetectionSource::found, this, [this, source](const DetectedConfig &c) { onFound(source, c); });
    connect(source, &DetectionSource::failed, this, [this, source](const MailError &e) { onFailed(source, e); });
}

void SettingsDetector::addStandardSources()
{
    auto *fetcher = new HttpsConfigFetcher(this);
    auto *resolver = new DnsSrvResolver(this);
    auto *mxResolver = new DnsMxResolver(this);
    addSource(new ProviderListSource());
    addSource(new AutoconfigSource(fetcher));
    addSource(new SrvSource(resolver));
    addSource(new MxSource(mxResolver));
    auto *probe = new ProbeSource();
    probe->setEndpointRewrite(m_rewrite);
    probe->setTimeouts(m_probeConnectMs, m_probeReplyMs);
    addSource(probe);
}

void SettingsDetector::setProbeTimeouts(int connectMs, int replyMs)
{
    m_probeConnectMs = connectMs;
    m_probeReplyMs = replyMs;
}

void SettingsDetector::start(const QString &emailAddress)
{
    stopAll();
    if (m_sources.empty())
        addStandardSources();
    m_unverified.clear();
    m_seen.clear();
    m_running = true;
    m_running_sources.clear();
    for (DetectionSource *s : m_sources)
        m_running_sources.append(s);
    m_timer.start();
    for (DetectionSource *s : m_sources) {
        Q_EMIT sourceStarted(s->kind());
        s->start(emailAddress);
    }
}

void SettingsDetector::onFound(DetectionSource *source, const DetectedConfig &config)
{
    if (!m_running || !m_running_sources.removeOne(source))
        return;
    Q_EMIT sourceFinished(source->kind(), true, MailError());
    m_seen.append(config);
    if (config.verified && config.isComplete())
        return accept(config);
    if (config.isComplete()) {
        m_unverified.append(config);
        verify(config);
    }
    checkAllDone();
}

void SettingsDetector::onFailed(DetectionSource *source, const MailError &error)
{
    if (!m_running || !m_running_sources.removeOne(source))
        return;
    Q_EMIT sourceFinished(source->kind(), false, error);
    checkAllDone();
}

void SettingsDetector::verify(const DetectedConfig &config)
{
    // The preferred incoming and outgoing server must answer, with TLS that verifies.
    auto *batch = new ProbeBatch(this);
    batch->setEndpointRewrite(m_rewrite);
    batch->setTimeouts(m_probeConnectMs, m_probeReplyMs);
    m_verifications.append(batch);
    Q_EMIT sourceProgressed(config.source, tr("Checking %1 and %2…")
                                               .arg(config.preferredIncoming()->host, config.preferredOutgoing()->host));
    connect(batch, &ProbeBatch::finished, this, [this, batch, config](const QList<ProbeResult> &results) {
        m_verifications.removeOne(batch);
        batch->deleteLater();
        bool ok = true;
        for (const ProbeResult &r : results) {
            if (!r.ok()) {
                ok = false;
                Q_EMIT sourceProgressed(config.source, tr("%1 did not answer as expected: %2")
                                                           .arg(r.endpoint.host, r.error.text()));
            }
        }
        if (ok) {
            DetectedConfig verified = config;
            verified.verified = true;
            accept(verified);
        } else {
            checkAllDone();
        }
    });
    batch->start({*config.preferredIncoming(), *config.preferredOutgoing()});
}

void SettingsDetector::accept(const DetectedConfig &config)
{
    Outcome outcome;
    outcome.config = config;
    for (const DetectedConfig &c : std::as_const(m_seen)) {
        if (c.source != config.source)
            outcome.alternatives.append(c);
    }
    finish(outcome);
}

void SettingsDetector::checkAllDone()
{
    if (!m_running || !m_running_sources.isEmpty() || !m_verifications.isEmpty())
        return;
    Outcome outcome;
    if (!m_unverified.isEmpty()) {
        outcome.config = m_unverified.first(); // verification failed: let the user decide
        outcome.alternatives = m_seen;
    } else {
        outcome.error = MailError(MailError::Kind::NotFound,
                                  tr("No settings were found for this address. Enter the servers by hand."));
        outcome.alternatives = m_seen;
    }
    finish(outcome);
}

void SettingsDetector::finish(Outcome outcome)
{
    if (!m_running)
        return;
    stopAll();
    qCDebug(lcAutoconfig) << "detection finished:"
                          << (outcome.ok() ? configSourceName(outcome.config.source) : outcome.error.toString());
    Q_EMIT finished(outcome);
}

void SettingsDetector::stopAll()
{
    m_running = false;
    m_timer.stop();
    for (DetectionSource *s : std::as_const(m_running_sources))
        s->cancel();
    m_running_sources.clear();
    const auto batches = m_verifications;
    m_verifications.clear();
    for (ProbeBatch *b : batches) {
        b->disconnect(this);
        b->cancel();
        b->deleteLater();
    }
}

void SettingsDetector::cancel()
{
    if (!m_running)
        return;
    Outcome outcome;
    outcome.error = MailError(MailError::Kind::Cancelled, tr("Cancelled."));
    finish(outcome);
}

} // namespace Pigeon::Autoconfig
