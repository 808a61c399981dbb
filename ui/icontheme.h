// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QIcon>
#include <QStringList>

namespace Pigeon::Ui {

/// Makes the freedesktop icon theme usable everywhere Pigeon runs. Outside a desktop
/// session (a bare X server, Xvfb, the offscreen platform of tests) Qt has no theme
/// name and may not even search /usr/share/icons, so every QIcon::fromTheme() would be
/// empty: then the system's icon directories are searched and Adwaita (installed with
/// every Debian desktop and by scripts/deps.sh) is used. A desktop's own theme is kept.
class IconTheme
{
public:
    static void ensure();

    /// The first of @p names the theme has, as it should be drawn at @p size logical
    /// pixels: sharp on the application's screens. Adwaita keeps its full-colour icons
    /// as bitmaps with gaps (mail-attachment: 24 and 48 px only), so at 200 % a 16 px
    /// icon would be a 24 px bitmap stretched over 32 device pixels; then the name's
    /// "-symbolic" variant, an SVG, is taken instead. Remembered per name and ratio.
    static QIcon sharp(const QStringList &names, int size = 16);
};

} // namespace Pigeon::Ui
