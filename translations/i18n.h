// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Pigeon::I18n {

/// What install() chose, for the caller to apply to what QtCore cannot reach
/// (QGuiApplication::setLayoutDirection) and for tests to check.
struct Installed
{
    /// The locale used for formatting (numbers, dates); also QLocale's default now.
    QLocale locale;
    /// The language of the user interface: "en" (the source language) or one of
    /// availableLanguages().
    QString language = QStringLiteral("en");
    /// Right-to-left when the interface language is written right to left (Persian).
    Qt::LayoutDirection direction = Qt::LeftToRight;
    /// True when Qt's own catalogue (qtbase_xx.qm: standard buttons, dialogs) was found.
    bool qtBaseLoaded = false;
};

/// Languages Pigeon ships a translation for, besides English.
QStringList availableLanguages();

/// True when `code` names a language QLocale knows ("pl", "ru_RU", "fa-IR", "en", "C").
bool isKnownLanguage(const QString &code);

/// Loads Pigeon's translation (embedded) and Qt's base translation (from
/// QLibraryInfo::TranslationsPath) into `app`, for `language` when it is not empty
/// (a --lang option) or else for the first of the system's preferred UI languages that
/// is English or translated. Safe to call once per application; the translators are
/// children of `app`.
Installed install(QCoreApplication &app, const QString &language = QString());

} // namespace Pigeon::I18n
