// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/icontheme.h"

#include <QGuiApplication>
#include <QHash>
#include <QIcon>
#include <QStandardPaths>

#include <cmath>

namespace Pigeon::Ui {

void IconTheme::ensure()
{
    QStringList paths = QIcon::themeSearchPaths();
    const QStringList system =
        QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("icons"),
                                  QStandardPaths::LocateDirectory);
    bool added = false;
    for (const QString &dir : system) {
        if (!paths.contains(dir)) {
            paths.append(dir);
            added = true;
        }
    }
    if (added)
        QIcon::setThemeSearchPaths(paths);
    QIcon::setFallbackThemeName(QStringLiteral("Adwaita"));
    const QString current = QIcon::themeName();
    if (current.isEmpty() || current == QLatin1String("hicolor"))
        QIcon::setThemeName(QStringLiteral("Adwaita"));
}

QIcon IconTheme::sharp(const QStringList &names, int size)
{
    const qreal ratio = qApp ? qApp->devicePixelRatio() : 1.0;
    // Painting asks for these per row: decide once per name, size and ratio (UI thread).
    static QHash<QString, QIcon> decided;
    const QString key = names.join(QLatin1Char('|')) + QLatin1Char('@') + QString::number(size) + QLatin1Char('x')
        + QString::number(ratio);
    if (const auto it = decided.constFind(key); it != decided.cend())
        return *it;
    const int pixels = int(std::ceil(size * ratio));
    auto sharpEnough = [&](const QIcon &icon) {
        return !icon.isNull() && icon.pixmap(QSize(size, size), ratio).width() >= pixels;
    };
    // The first name with a sharp variant; failing that, the first the theme has
    // (blurry beats missing).
    QIcon chosen, fallback;
    for (const QString &name : names) {
        const QIcon icon = QIcon::fromTheme(name);
        const QIcon symbolic = QIcon::fromTheme(name + QLatin1String("-symbolic"));
        if (sharpEnough(icon) || sharpEnough(symbolic)) {
            chosen = sharpEnough(icon) ? icon : symbolic;
            break;
        }
        if (fallback.isNull())
            fallback = icon.isNull() ? symbolic : icon;
    }
    if (chosen.isNull())
        chosen = fallback;
    decided.insert(key, chosen);
    return chosen;
}

} // namespace Pigeon::Ui
