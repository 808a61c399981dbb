// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/wizard/detectionpage.h"

#include "ui/wizard/accessnotes.h"
#include "ui/wizard/serverdescription.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace Pigeon::Ui {

using Autoconfig::ConfigSource;
using Autoconfig::SettingsDetector;

DetectionPage::DetectionPage(AccountDraft *draft, const WizardServices &services, QWidget *parent)
    : DraftPage(draft, parent), m_services(services)
{
    setObjectName(QStringLiteral("detectionPage"));
    setTitle(tr("Finding settings"));
    setSubTitle(tr("Pigeon asks several sources at once; the first complete answer that checks out wins."));

    auto *sources = new QFormLayout;
    for (ConfigSource s : shownSources()) {
        auto *status = new QLabel(tr("not asked"), this);
        status->setObjectName(QStringLiteral("status-") + Autoconfig::configSourceName(s));
        status->setWordWrap(true);
        status->setTextFormat(Qt::PlainText);
        auto *label = new QLabel(sourceLabel(s) + QLatin1Char(':'), this);
        label->setBuddy(status);
        sources->addRow(label, status);
        m_status.insert(int(s), status);
    }
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("detectionResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setOpenExternalLinks(true);
    m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_skip = new QPushButton(tr("&Stop and enter the settings by hand"), this);
    m_skip->setObjectName(QStringLiteral("skipDetectionButton"));
    connect(m_skip, &QPushButton::clicked, this, &DetectionPage::skip);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sources);
    layout->addSpacing(8);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(m_skip, 0, Qt::AlignLeading);
}

DetectionPage::~DetectionPage()
{
    if (m_detector)
        m_detector->disconnect(this);
}

QList<ConfigSource> DetectionPage::shownSources()
{
    return {ConfigSource::ProviderList, ConfigSource::Autoconfig, ConfigSource::Srv, ConfigSource::Mx,
            ConfigSource::Probe};
}

QString DetectionPage::sourceLabel(ConfigSource source)
{
    switch (source) {
    case ConfigSource::ProviderList: return tr("Pigeon's list of providers");
    case ConfigSource::Autoconfig: return tr("The domain's settings file (HTTPS)");
    case ConfigSource::Srv: return tr("DNS service records");
    case ConfigSource::Mx: return tr("The domain's mail exchanger");
    case ConfigSource::Probe: return tr("The usual server names");
    }
    return {};
}

void DetectionPage::load()
{
    // Run again only when the address changed: going back and forth keeps the answer.
    if (m_done && !m_stopped && m_detectedFor == draft()->account.address)
        return;
    start();
}

void DetectionPage::start()
{
    if (m_detector) {
        m_detector->disconnect(this);
        m_detector->cancel();
        m_detector->deleteLater();
    }
    m_done = false;
    m_stopped = false;
    m_blocked = false;
    m_detectedFor = draft()->account.address;
    draft()->detected.reset();
    draft()->detectionError.clear();
    draft()->manual = false;
    m_result->clear();
    m_skip->setEnabled(true);
    m_running.clear();
    for (QLabel *status : std::as_const(m_status))
        status->setText(tr("not asked"));

    auto *detector = new SettingsDetector(this);
    m_detector = detector;
    detector->setTimeout(m_services.detectionTimeoutMs);
    if (m_services.setUpDetector)
        m_services.setUpDetector(detector);
    else
        detector->addStandardSources();
    connect(detector, &SettingsDetector::sourceStarted, this, [this](ConfigSource s) {
        m_running.insert(int(s));
        setStatus(s, tr("searching…"));
    });
    connect(detector, &SettingsDetector::sourceProgressed, this, [this](ConfigSource s, const QString &text) {
        setStatus(s, text);
    });
    connect(detector, &SettingsDetector::sourceFinished, this,
            [this](ConfigSource s, bool found, const MailError &error) {
                m_running.remove(int(s));
                setStatus(s, found ? tr("found settings") : tr("nothing found (%1)").arg(error.text()));
            });
    connect(detector, &SettingsDetector::finished, this, &DetectionPage::onFinished);
    Q_EMIT completeChanged();
    detector->start(draft()->account.address);
}

void DetectionPage::setStatus(ConfigSource source, const QString &text)
{
    if (QLabel *status = m_status.value(int(source)))
        status->setText(text);
}

void DetectionPage::skip()
{
    draft()->manual = true;
    if (m_detector && m_detector->isRunning())
        m_detector->cancel(); // finished() follows at once, with Cancelled
    if (wizard())
        wizard()->next();
}

void DetectionPage::onFinished(const SettingsDetector::Outcome &outcome)
{
    m_done = true;
    m_skip->setEnabled(false);
    // Sources still busy were stopped: by the winner, by the user, or by the overall timeout.
    const QString stopped = outcome.ok() ? tr("not needed: settings already found")
                            : outcome.error.kind() == MailError::Kind::Cancelled ? tr("stopped")
                                                                                 : tr("no answer in time");
    for (ConfigSource s : shownSources()) {
        if (m_running.contains(int(s)))
            setStatus(s, stopped);
    }
    m_running.clear();
    if (outcome.error.kind() == MailError::Kind::Cancelled) {
        m_stopped = true; // asked again when the user comes back to this page
        draft()->manual = true;
        m_result->setText(tr("Stopped. Enter the settings by hand on the next pages."));
        Q_EMIT completeChanged();
        return;
    }
    if (!outcome.ok()) {
        draft()->manual = true;
        draft()->detectionError = outcome.error.text();
        m_result->setText(QStringLiteral("<p>%1</p>").arg(outcome.error.text().toHtmlEscaped()));
        Q_EMIT completeChanged();
        return;
    }
    const Autoconfig::DetectedConfig &config = outcome.config;
    setStatus(config.source, tr("found settings; Pigeon uses these"));
    draft()->detected = config;
    const bool hasImap = draft()->detectedIncoming(Account::IncomingProtocol::Imap) != nullptr;
    draft()->applyDetected(hasImap ? Account::IncomingProtocol::Imap : Account::IncomingProtocol::Pop3);

    QString html = QStringLiteral("<p><b>%1</b></p>").arg(ServerDescription::foundWhere(config).toHtmlEscaped());
    if (AccessNotes::isOAuth2Only(config)) {
        m_blocked = true;
        const QString provider = config.displayName.isEmpty() ? config.providerId : config.displayName;
        html += QStringLiteral("<p style=\"color:#b00020\">%1</p>")
                    .arg(AccessNotes::oauth2Explanation(provider).toHtmlEscaped());
    } else {
        html += AccessNotes::html(config);
        if (!config.verified)
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("These settings could not be checked yet. Look at them on the next pages; the "
                                "connection test will tell whether they work.")
                                 .toHtmlEscaped());
    }
    m_result->setText(html);
    Q_EMIT completeChanged();
}

void DetectionPage::cleanupPage()
{
    // Going back: stop asking; coming here again starts over if the address changed.
    if (m_detector && m_detector->isRunning()) {
        m_detector->cancel();
        m_done = false;
    }
}

bool DetectionPage::isComplete() const
{
    return m_done && !m_blocked;
}

} // namespace Pigeon::Ui
