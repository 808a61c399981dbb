// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/wizard/accessnotes.h"

namespace Pigeon::Ui {

using Autoconfig::AccessRule;

QString AccessNotes::text(AccessRule::Kind rule, const QString &provider)
{
    switch (rule) {
    case AccessRule::Kind::None: return {};
    case AccessRule::Kind::AppPassword:
        return tr("%1 requires an app password: create one in your %1 account's security settings and "
                  "enter it here instead of your usual password.")
            .arg(provider);
    case AccessRule::Kind::EnableImap:
        return tr("Access for mail programs (IMAP) must first be switched on in the web settings of %1.").arg(provider);
    case AccessRule::Kind::EnablePop:
        return tr("POP3 access must first be switched on in the web settings of %1.").arg(provider);
    case AccessRule::Kind::OAuth2Only: return oauth2Explanation(provider);
    }
    return {};
}

QString AccessNotes::oauth2Explanation(const QString &provider)
{
    return tr("%1 no longer accepts passwords from mail programs: it only allows signing in through its "
              "own web page (OAuth2), which Pigeon does not support yet. Pigeon cannot set up this account "
              "for now; your password was not sent.")
        .arg(provider);
}

bool AccessNotes::isOAuth2Only(const Autoconfig::DetectedConfig &config)
{
    if (config.hasAccessRule(AccessRule::Kind::OAuth2Only))
        return true;
    const auto *in = config.preferredIncoming();
    const auto *out = config.preferredOutgoing();
    return in && out && in->oauth2 && out->oauth2;
}

QString AccessNotes::html(const Autoconfig::DetectedConfig &config, bool rejected)
{
    if (config.access.isEmpty())
        return {};
    const QString provider = config.displayName.isEmpty() ? config.providerId : config.displayName;
    QString items;
    for (const AccessRule &rule : config.access) {
        QString item = text(rule.kind, provider).toHtmlEscaped();
        if (rule.url.isValid())
            item += QStringLiteral(" <a href=\"%1\">%2</a>")
                        .arg(rule.url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                             tr("Open the %1 settings page").arg(provider).toHtmlEscaped());
        items += QStringLiteral("<li>%1</li>").arg(item);
    }
    const QString intro = rejected ? tr("%1 refused the password. Check these first:").arg(provider)
                                   : tr("Before you continue, %1 asks for this:").arg(provider);
    return QStringLiteral("<p>%1</p><ul>%2</ul>").arg(intro.toHtmlEscaped(), items);
}

} // namespace Pigeon::Ui
