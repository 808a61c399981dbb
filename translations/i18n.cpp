// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "translations/i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTranslator>

namespace Pigeon::I18n {

namespace {

/// "fa-IR" → "fa"; "pt_BR" → "pt".
QString languagePart(const QString &tag)
{
    const qsizetype cut = tag.indexOf(QRegularExpression(QStringLiteral("[-_.@]")));
    return (cut < 0 ? tag : tag.left(cut)).toLower();
}

/// The interface language for a locale: its UI languages are tried in the user's order,
/// and English counts as available, so a user who lists "en" before "pl" gets English
/// (QTranslator::load(QLocale, ...) would skip "en" for want of a file and pick "pl").
QString chooseLanguage(const QLocale &locale)
{
    const QStringList available = availableLanguages();
    const QStringList tags = locale.uiLanguages();
    for (const QString &tag : tags) {
        const QString lang = languagePart(tag);
        if (lang == QLatin1String("en") || lang == QLatin1String("c"))
            return QStringLiteral("en");
        if (available.contains(lang))
            return lang;
    }
    return QStringLiteral("en");
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("pl"), QStringLiteral("ru"), QStringLiteral("fa")};
}

bool isKnownLanguage(const QString &code)
{
    if (code.isEmpty())
        return false;
    if (code == QLatin1String("C") || languagePart(code) == QLatin1String("en"))
        return true;
    // QLocale maps names it does not know to the C locale.
    return QLocale(code).language() != QLocale::C;
}

Installed install(QCoreApplication &app, const QString &language)
{
    Installed result;
    result.locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(result.locale);
    result.language = chooseLanguage(result.locale);

    // English too: its catalogue carries the plural forms ("1 account", "2 accounts").
    auto *pigeon = new QTranslator(&app);
    if (!pigeon->load(QStringLiteral("pigeon_") + result.language, QStringLiteral(":/i18n"))) {
        // Cannot happen with the embedded catalogues unless the build lost them.
        delete pigeon;
        result.language = QStringLiteral("en");
        return result;
    }
    QCoreApplication::installTranslator(pigeon);
    if (result.language == QLatin1String("en"))
        return result;

    auto *qtBase = new QTranslator(&app);
    if (qtBase->load(QStringLiteral("qtbase_") + result.language,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtBase);
        result.qtBaseLoaded = true;
    } else {
        delete qtBase;
    }
    result.direction = QLocale(result.language).textDirection();
    return result;
}

} // namespace Pigeon::I18n
