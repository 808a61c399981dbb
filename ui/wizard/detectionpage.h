// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "autoconfig/settingsdetector.h"
#include "ui/wizard/draftpage.h"
#include "ui/wizard/wizardservices.h"

#include <QHash>
#include <QSet>
#include <QPointer>

class QLabel;
class QPushButton;

namespace Pigeon::Ui {

/// "Finding settings": runs the SettingsDetector (all sources at once, in the core,
/// asynchronously) and shows each source's progress as it happens, then what was found,
/// where it came from and what the provider asks of the user (access notes with links).
class DetectionPage : public DraftPage
{
    Q_OBJECT
public:
    DetectionPage(AccountDraft *draft, const WizardServices &services, QWidget *parent = nullptr);
    ~DetectionPage() override;

    void load() override;
    void store() override {}
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const { return m_detector && m_detector->isRunning(); }
    /// The source list shown to the user, in display order.
    static QList<Autoconfig::ConfigSource> shownSources();
    static QString sourceLabel(Autoconfig::ConfigSource source);

private:
    void start();
    void skip();
    void onFinished(const Autoconfig::SettingsDetector::Outcome &outcome);
    void setStatus(Autoconfig::ConfigSource source, const QString &text);

    WizardServices m_services;
    QPointer<Autoconfig::SettingsDetector> m_detector;
    QHash<int, QLabel *> m_status; ///< ConfigSource -> its status line
    QSet<int> m_running;           ///< sources started and not finished
    QLabel *m_result;
    QPushButton *m_skip;
    QString m_detectedFor;
    bool m_done = false;
    bool m_blocked = false; ///< OAuth2 only: nothing Pigeon can do
    bool m_stopped = false; ///< the last run was stopped before it had an answer
};

} // namespace Pigeon::Ui
