// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/wizard/certificatepanel.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Pigeon::Ui {

CertificatePanel::CertificatePanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("certificatePanel"));
    setFrameShape(QFrame::StyledPanel);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("certificateDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_trust = new QPushButton(this);
    m_trust->setObjectName(QStringLiteral("trustCertificateButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_details);
    layout->addWidget(m_trust, 0, Qt::AlignLeading);
    connect(m_trust, &QPushButton::clicked, this, [this] { Q_EMIT trusted(m_info); });
    hide();
}

void CertificatePanel::show(const Net::CertificateInfo &info)
{
    m_info = info;
    const QLocale locale;
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing=\"2\">");
    html += row(tr("Server:"), info.host());
    html += row(tr("Issued to:"), info.subject());
    QStringList names = info.subjectAlternativeNames();
    names.removeDuplicates(); // an address is often listed both as DNS name and as IP
    html += row(tr("Names:"), names.join(QStringLiteral(", ")));
    html += row(tr("Issued by:"), info.isSelfSigned() ? tr("itself (self-signed)") : info.issuer());
    html += row(tr("Valid:"), tr("%1 to %2").arg(locale.toString(info.notBefore().date(), QLocale::ShortFormat),
                                                 locale.toString(info.notAfter().date(), QLocale::ShortFormat)));
    // Fingerprints are compared character by character with what the provider publishes.
    html += QStringLiteral("<tr><td><b>%1</b></td><td dir=\"ltr\"><tt>%2</tt></td></tr>")
                .arg(tr("SHA-256:").toHtmlEscaped(), info.sha256Display().toHtmlEscaped());
    html += row(tr("Problem:"), info.reasons().join(QStringLiteral("; ")));
    html += QStringLiteral("</table>");
    m_details->setText(html);
    m_trust->setText(tr("&Trust this certificate for %1").arg(info.host()));
    QFrame::show();
}

} // namespace Pigeon::Ui
