// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "mime/attachmentname.h"

#include <QMimeDatabase>
#include <QStringList>

namespace Pigeon::Mime {

namespace {

bool isInvisibleOrControl(char32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        return true;
    switch (c) {
    case 0x061C: // ARABIC LETTER MARK
    case 0x200B: case 0x200C: case 0x200D: case 0x200E: case 0x200F:
    case 0x2028: case 0x2029:
    case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E:
    case 0x2060:
    case 0x2066: case 0x2067: case 0x2068: case 0x2069:
    case 0xFEFF:
        return true;
    default:
        return false;
    }
}

QString extensionFor(const QByteArray &mimeType)
{
    if (mimeType == "message/rfc822")
        return QStringLiteral(".eml");
    const QMimeType mt = QMimeDatabase().mimeTypeForName(QString::fromLatin1(mimeType));
    const QString suffix = mt.isValid() ? mt.preferredSuffix() : QString();
    return suffix.isEmpty() ? QStringLiteral(".bin") : QLatin1Char('.') + suffix;
}

} // namespace

QString AttachmentName::sanitise(const QString &name, const QByteArray &mimeType)
{
    QString cleaned;
    cleaned.reserve(name.size());
    for (char32_t c : name.toUcs4()) {
        if (isInvisibleOrControl(c))
            continue;
        if (c == '/' || c == '\\') {
            cleaned.clear(); // keep the last path component only
            continue;
        }
        if (c == '<' || c == '>' || c == ':' || c == '"' || c == '|' || c == '?' || c == '*')
            c = '_';
        cleaned += QString::fromUcs4(&c, 1);
    }
    cleaned = cleaned.trimmed();
    while (cleaned.startsWith(QLatin1Char('.')))
        cleaned.remove(0, 1);
    while (cleaned.endsWith(QLatin1Char('.')) || cleaned.endsWith(QLatin1Char(' ')))
        cleaned.chop(1);
    cleaned = cleaned.trimmed();
    if (cleaned.isEmpty())
        return QStringLiteral("attachment") + extensionFor(mimeType);

    static const QStringList reserved = {
        QStringLiteral("CON"),  QStringLiteral("PRN"),  QStringLiteral("AUX"),  QStringLiteral("NUL"),
        QStringLiteral("COM1"), QStringLiteral("COM2"), QStringLiteral("COM3"), QStringLiteral("COM4"),
        QStringLiteral("COM5"), QStringLiteral("COM6"), QStringLiteral("COM7"), QStringLiteral("COM8"),
        QStringLiteral("COM9"), QStringLiteral("LPT1"), QStringLiteral("LPT2"), QStringLiteral("LPT3"),
        QStringLiteral("LPT4"), QStringLiteral("LPT5"), QStringLiteral("LPT6"), QStringLiteral("LPT7"),
        QStringLiteral("LPT8"), QStringLiteral("LPT9")};
    const QString stem = cleaned.section(QLatin1Char('.'), 0, 0);
    if (reserved.contains(stem, Qt::CaseInsensitive))
        cleaned.prepend(QLatin1Char('_'));

    // 255 bytes is the limit of ext4 and most other file systems.
    if (cleaned.toUtf8().size() > 255) {
        const qsizetype dot = cleaned.lastIndexOf(QLatin1Char('.'));
        QString ext = (dot > 0 && cleaned.size() - dot <= 16) ? cleaned.mid(dot) : QString();
        QString base = cleaned.left(cleaned.size() - ext.size());
        while ((base + ext).toUtf8().size() > 255 && !base.isEmpty()) {
            base.chop(1);
            if (!base.isEmpty() && base.back().isHighSurrogate())
                base.chop(1);
        }
        cleaned = base + ext;
    }
    return cleaned;
}

bool AttachmentName::isExecutable(const QString &fileName, const QByteArray &mimeType)
{
    static const QStringList risky = {
        QStringLiteral("exe"), QStringLiteral("com"), QStringLiteral("bat"), QStringLiteral("cmd"),
        QStringLiteral("scr"), QStringLiteral("pif"), QStringLiteral("msi"), QStringLiteral("msp"),
        QStringLiteral("cpl"), QStringLiteral("hta"), QStringLiteral("js"),  QStringLiteral("jse"),
        QStringLiteral("vbs"), QStringLiteral("vbe"), QStringLiteral("wsf"), QStringLiteral("wsh"),
        QStringLiteral("ps1"), QStringLiteral("psm1"), QStringLiteral("jar"), QStringLiteral("lnk"),
        QStringLiteral("reg"), QStringLiteral("sh"),  QStringLiteral("bash"), QStringLiteral("zsh"),
        QStringLiteral("csh"), QStringLiteral("run"), QStringLiteral("appimage"),
        QStringLiteral("desktop"), QStringLiteral("deb"), QStringLiteral("rpm"), QStringLiteral("py"),
        QStringLiteral("pl"),  QStringLiteral("rb"),  QStringLiteral("apk"), QStringLiteral("app"),
        QStringLiteral("dmg"), QStringLiteral("pkg"), QStringLiteral("command"), QStringLiteral("iso"),
        QStringLiteral("docm"), QStringLiteral("xlsm"), QStringLiteral("pptm"), QStringLiteral("elf"),
        QStringLiteral("dll"), QStringLiteral("so"),  QStringLiteral("ocx"),
        QStringLiteral("sys"), QStringLiteral("inf"), QStringLiteral("url"), QStringLiteral("scf")};
    static const QList<QByteArray> riskyTypes = {
        "application/x-msdownload", "application/x-ms-dos-executable", "application/x-executable",
        "application/x-sharedlib", "application/x-sh", "application/x-shellscript",
        "application/java-archive", "application/x-desktop", "application/x-msi",
        "application/vnd.microsoft.portable-executable", "application/x-dosexec",
        "application/hta", "application/javascript", "text/javascript", "application/x-bat"};
    const QString ext = fileName.section(QLatin1Char('.'), -1).toLower();
    if (fileName.contains(QLatin1Char('.')) && risky.contains(ext))
        return true;
    return riskyTypes.contains(mimeType.toLower());
}

QString AttachmentName::displayName(const QString &fileName, const QByteArray &mimeType,
                                    const QString &embeddedSubject)
{
    if (!fileName.trimmed().isEmpty())
        return sanitise(fileName, mimeType);
    if (!embeddedSubject.trimmed().isEmpty())
        return sanitise(embeddedSubject.left(100) + QStringLiteral(".eml"), mimeType);
    return sanitise(QString(), mimeType);
}

} // namespace Pigeon::Mime
