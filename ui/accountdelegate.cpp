// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/accountdelegate.h"

#include "models/accountlistmodel.h"

#include <QApplication>
#include <QPainter>

namespace Pigeon::Ui {

namespace {
constexpr int Margin = 6;
using Roles = Models::AccountListModel;
} // namespace

QString AccountDelegate::detailLine(const QModelIndex &index)
{
    const QString name = index.data(Qt::DisplayRole).toString();
    const QString address = index.data(Roles::AddressRole).toString();
    // Protocol names are acronyms, the same in every language.
    const QString protocol = index.data(Roles::ProtocolRole).toString().toUpper();
    QStringList parts;
    if (!address.isEmpty() && address != name)
        parts << address;
    if (!protocol.isEmpty())
        parts << protocol;
    return parts.join(QStringLiteral(" · "));
}

void AccountDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus as the style draws them, without the text.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect area = opt.rect.adjusted(Margin, Margin / 2, -Margin, -Margin / 2);
    const QPalette::ColorRole role = (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText
                                                                          : QPalette::Text;
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(opt.font);
    // Qt::AlignLeading follows the layout direction: the right edge in Persian.
    const Qt::Alignment align = QStyle::visualAlignment(opt.direction, Qt::AlignLeading | Qt::AlignVCenter);

    // Each line takes its own base direction from its first strong character, so a Latin
    // label keeps "Demo (IMAP)" intact inside a Persian window (and vice versa); the
    // alignment above is absolute, so the line still sits at the leading edge.
    const auto directionOf = [](const QString &text) {
        return text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
    };
    const QString detail = detailLine(index);
    painter->save();
    painter->setFont(bold);
    painter->setLayoutDirection(directionOf(title));
    QRect line(area.left(), area.top(), area.width(), boldMetrics.height());
    style->drawItemText(painter, line, int(align), opt.palette, true,
                        boldMetrics.elidedText(title, Qt::ElideRight, line.width()), role);
    painter->setFont(opt.font);
    painter->setLayoutDirection(directionOf(detail));
    line = QRect(area.left(), line.bottom() + 1, area.width(), metrics.height());
    style->drawItemText(painter, line, int(align), opt.palette, opt.state & QStyle::State_Enabled,
                        metrics.elidedText(detail, Qt::ElideRight, line.width()),
                        (opt.state & QStyle::State_Selected) ? role : QPalette::PlaceholderText);
    painter->restore();
}

QSize AccountDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(option.font);
    const int width = qMax(boldMetrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()),
                           metrics.horizontalAdvance(detailLine(index)));
    return {width + 2 * Margin, boldMetrics.height() + metrics.height() + Margin + 1};
}

} // namespace Pigeon::Ui
