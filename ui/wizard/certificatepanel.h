// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "net/certificateinfo.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace Pigeon::Ui {

/// Shows a server certificate that failed verification (who it is for, who issued it,
/// validity, SHA-256 fingerprint, why it failed) and lets the user trust exactly this
/// certificate for exactly this host.
class CertificatePanel : public QFrame
{
    Q_OBJECT
public:
    explicit CertificatePanel(QWidget *parent = nullptr);

    void show(const Net::CertificateInfo &info);
    Net::CertificateInfo certificate() const { return m_info; }

Q_SIGNALS:
    /// The user chose to trust the certificate shown.
    void trusted(const Pigeon::Net::CertificateInfo &info);

private:
    QLabel *m_details;
    QPushButton *m_trust;
    Net::CertificateInfo m_info;
};

} // namespace Pigeon::Ui
