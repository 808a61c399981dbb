// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "account/accountstore.h"

#include "common/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

namespace Pigeon::Account {

namespace {

using K = MailError::Kind;

/// Version 0 is the prototype's flat layout, before there was a "version" key:
/// {"accounts": [{"name", "email", "type": "imap"|"pop3", "host", "port", "ssl": bool,
///   "user", "smtpHost", "smtpPort", "smtpSsl": bool, "keepOnServer": bool,
///   "interval": minutes}]}.
/// `ssl: false` meant plaintext; it stays plaintext rather than silently becoming
/// STARTTLS, which a server may not offer (the user gets a warning in the UI instead).
Result<QJsonObject> migrateV0toV1(const QJsonObject &root)
{
    const QJsonValue list = root.value(QLatin1String("accounts"));
    if (!list.isUndefined() && !list.isArray())
        return MailError(K::Parse, Account::tr("\"accounts\" is not a list"));
    QJsonArray out;
    for (const QJsonValue &v : list.toArray()) {
        if (!v.isObject())
            return MailError(K::Parse, Account::tr("an account entry is not an object"));
        const QJsonObject old = v.toObject();
        const QString type = old.value(QLatin1String("type")).toString(QStringLiteral("imap"));
        const bool ssl = old.value(QLatin1String("ssl")).toBool(true);
        const bool smtpSsl = old.value(QLatin1String("smtpSsl")).toBool(true);
        QString id = old.value(QLatin1String("id")).toString();
        if (QUuid::fromString(id).isNull())
            id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QJsonObject account{
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), old.value(QLatin1String("name")).toString()},
            {QStringLiteral("address"), old.value(QLatin1String("email")).toString()},
            {QStringLiteral("protocol"), type},
            {QStringLiteral("incoming"),
             QJsonObject{{QStringLiteral("host"), old.value(QLatin1String("host")).toString()},
                         {QStringLiteral("port"), old.value(QLatin1String("port")).toInt()},
                         {QStringLiteral("security"), ssl ? QStringLiteral("tls") : QStringLiteral("none")},
                         {QStringLiteral("username"), old.value(QLatin1String("user")).toString()}}},
            {QStringLiteral("outgoing"),
             QJsonObject{{QStringLiteral("host"), old.value(QLatin1String("smtpHost")).toString()},
                         {QStringLiteral("port"), old.value(QLatin1String("smtpPort")).toInt()},
                         {QStringLiteral("security"),
                          smtpSsl ? QStringLiteral("tls") : QStringLiteral("none")},
                         {QStringLiteral("username"), old.value(QLatin1String("user")).toString()}}},
            {QStringLiteral("pop3"),
             QJsonObject{{QStringLiteral("leaveOnServer"),
                          old.value(QLatin1String("keepOnServer")).toBool() ? QStringLiteral("forever")
                                                                            : QStringLiteral("never")}}},
            {QStringLiteral("checkIntervalMinutes"), old.value(QLatin1String("interval")).toInt(10)},
        };
        out.append(account);
    }
    return QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("accounts"), out}};
}

/// migrations[N] turns version N into N + 1. Adding a version: bump CurrentVersion and
/// append one step here; the tests load a hand-written file of every old version.
const AccountStore::Migration migrations[] = {
    migrateV0toV1,
};
static_assert(std::size(migrations) == AccountStore::CurrentVersion);

MailError notWritable()
{
    return MailError(K::Io, Account::tr("the account settings were written by a newer version of "
                                        "Pigeon; they are left unchanged"));
}

} // namespace

AccountStore::AccountStore(const QString &filePath, QObject *parent)
    : QObject(parent), m_filePath(filePath)
{
}

Result<QJsonObject> AccountStore::migrate(QJsonObject root, int fromVersion)
{
    if (fromVersion < 0 || fromVersion > CurrentVersion)
        return MailError(K::Parse, Account::tr("unknown settings version %1").arg(fromVersion));
    for (int v = fromVersion; v < CurrentVersion; ++v) {
        auto next = migrations[v](root);
        if (!next)
            return next.error();
        root = next.value();
        root.insert(QStringLiteral("version"), v + 1);
        qCDebug(lcAccount) << "migrated the account settings from version" << v << "to" << v + 1;
    }
    return root;
}

Result<void> AccountStore::load()
{
    m_corruptKeptAt.clear();
    m_writable = true;
    const QList<Account> before = m_accounts;
    m_accounts.clear();
    auto done = [this, &before](Result<void> result) {
        if (!(before == m_accounts) || !result)
            Q_EMIT accountsReset();
        return result;
    };

    QFile file(m_filePath);
    m_lastBytes.clear();
    if (!file.exists())
        return done({});
    if (!file.open(QIODevice::ReadOnly)) {
        // Unreadable is not corrupt: do not move it and do not overwrite it either.
        m_writable = false;
        return done(MailError(K::Io, Account::tr("cannot read %1: %2")
                                         .arg(QDir::toNativeSeparators(m_filePath), file.errorString())));
    }
    const QByteArray bytes = file.readAll();
    file.close();
    m_lastBytes = bytes;

    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !doc.isObject())
        return done(MailError(K::Parse, keepAside(jsonError.error != QJsonParseError::NoError
                                                      ? jsonError.errorString()
                                                      : Account::tr("not a JSON object"))));
    QJsonObject root = doc.object();

    // A file without "version" predates versioning: that is version 0.
    const QJsonValue versionValue = root.value(QLatin1String("version"));
    int version = 0;
    if (!versionValue.isUndefined()) {
        const double d = versionValue.toDouble(-1);
        if (!versionValue.isDouble() || d != int(d) || d < 0)
            return done(MailError(K::Parse, keepAside(Account::tr("invalid \"version\""))));
        version = int(d);
    }
    if (version > CurrentVersion) {
        m_writable = false;
        qCDebug(lcAccount) << "account settings version" << version << "is newer than"
                             << CurrentVersion << "; not touching" << m_filePath;
        return done(notWritable());
    }
    auto migrated = migrate(root, version);
    if (!migrated)
        return done(MailError(K::Parse, keepAside(migrated.error().text())));
    root = migrated.value();

    const QJsonValue list = root.value(QLatin1String("accounts"));
    if (!list.isUndefined() && !list.isArray())
        return done(MailError(K::Parse, keepAside(Account::tr("\"accounts\" is not a list"))));
    QList<Account> loaded;
    for (const QJsonValue &v : list.toArray()) {
        // One bad entry makes the whole file suspect: keeping the good ones and saving
        // later would silently drop the bad one.
        auto account = Account::fromJson(v.toObject());
        if (!v.isObject() || !account)
            return done(MailError(K::Parse, keepAside(v.isObject() ? account.error().text()
                                                                   : Account::tr("an account entry is not an object"))));
        for (const Account &other : std::as_const(loaded)) {
            if (other.id == account->id)
                return done(MailError(K::Parse, keepAside(Account::tr("two accounts have the id %1")
                                                              .arg(other.id.toString(QUuid::WithoutBraces)))));
        }
        loaded.append(account.value());
    }
    m_accounts = loaded;
    qCDebug(lcAccount) << "loaded" << m_accounts.size() << "accounts from" << m_filePath;
    return done({});
}

QString AccountStore::keepAside(const QString &why)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_filePath + QLatin1String(".corrupt-") + stamp;
    for (int n = 2; QFile::exists(target); ++n)
        target = m_filePath + QLatin1String(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
    if (QFile::rename(m_filePath, target)) {
        m_corruptKeptAt = target;
        qCDebug(lcAccount) << "account settings are corrupt (" << why << "); kept as" << target;
        return Account::tr("the account settings file was damaged (%1); it was kept as %2 and Pigeon "
                           "starts without accounts")
            .arg(why, QDir::toNativeSeparators(target));
    }
    // Could not move it: then it must not be overwritten either.
    m_writable = false;
    qCDebug(lcAccount) << "account settings are corrupt (" << why << ") and could not be moved";
    return Account::tr("the account settings file %1 is damaged (%2) and could not be moved aside; "
                       "it is left unchanged")
        .arg(QDir::toNativeSeparators(m_filePath), why);
}

std::optional<Account> AccountStore::account(const QUuid &id) const
{
    const int i = indexOf(id);
    if (i < 0)
        return std::nullopt;
    return m_accounts.at(i);
}

int AccountStore::indexOf(const QUuid &id) const
{
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).id == id)
            return i;
    }
    return -1;
}

Result<Account> AccountStore::find(const QString &idOrAddress) const
{
    const QString key = idOrAddress.trimmed();
    if (key.isEmpty())
        return MailError(K::InvalidInput, Account::tr("no account given"));
    const QUuid uuid = QUuid::fromString(key);
    if (!uuid.isNull()) {
        if (auto a = account(uuid))
            return *a;
        return MailError(K::NotFound, Account::tr("no account with the id %1").arg(key));
    }
    QList<Account> hits;
    for (const Account &a : m_accounts) {
        if (a.address.compare(key, Qt::CaseInsensitive) == 0)
            hits.append(a);
    }
    if (hits.isEmpty() && key.size() >= 4) {
        for (const Account &a : m_accounts) {
            if (a.id.toString(QUuid::WithoutBraces).startsWith(key, Qt::CaseInsensitive))
                hits.append(a);
        }
    }
    if (hits.size() == 1)
        return hits.first();
    if (hits.isEmpty())
        return MailError(K::NotFound, Account::tr("no account matches \"%1\"").arg(key));
    return MailError(K::InvalidInput, Account::tr("\"%1\" matches %n accounts; give the full id", nullptr,
                                                  int(hits.size())).arg(key));
}

Result<void> AccountStore::add(Account account)
{
    if (!m_writable)
        return notWritable();
    if (account.id.isNull())
        account.id = QUuid::createUuid();
    if (auto valid = account.validate(); !valid)
        return valid;
    if (indexOf(account.id) >= 0)
        return MailError(K::InvalidInput, Account::tr("an account with the id %1 exists already")
                                              .arg(account.id.toString(QUuid::WithoutBraces)));
    QList<Account> next = m_accounts;
    next.append(account);
    if (auto written = write(next); !written)
        return written;
    m_accounts = next;
    Q_EMIT accountAdded(account.id);
    return {};
}

Result<void> AccountStore::update(const Account &account)
{
    if (!m_writable)
        return notWritable();
    const int i = indexOf(account.id);
    if (i < 0)
        return MailError(K::NotFound, Account::tr("no account with the id %1")
                                          .arg(account.id.toString(QUuid::WithoutBraces)));
    if (auto valid = account.validate(); !valid)
        return valid;
    QList<Account> next = m_accounts;
    next[i] = account;
    if (auto written = write(next); !written)
        return written;
    m_accounts = next;
    Q_EMIT accountChanged(account.id);
    return {};
}

Result<void> AccountStore::remove(const QUuid &id)
{
    if (!m_writable)
        return notWritable();
    const int i = indexOf(id);
    if (i < 0)
        return MailError(K::NotFound, Account::tr("no account with the id %1")
                                          .arg(id.toString(QUuid::WithoutBraces)));
    QList<Account> next = m_accounts;
    next.removeAt(i);
    if (auto written = write(next); !written)
        return written;
    m_accounts = next;
    Q_EMIT accountRemoved(id);
    return {};
}

Result<void> AccountStore::save()
{
    if (!m_writable)
        return notWritable();
    return write(m_accounts);
}

Result<void> AccountStore::write(const QList<Account> &accounts)
{
    const QString dir = QFileInfo(m_filePath).absolutePath();
    if (!QDir().mkpath(dir))
        return MailError(K::Io, Account::tr("cannot create the directory %1").arg(QDir::toNativeSeparators(dir)));

    QJsonArray list;
    for (const Account &a : accounts)
        list.append(a.toJson());
    const QJsonObject root{{QStringLiteral("version"), CurrentVersion}, {QStringLiteral("accounts"), list}};

    // QSaveFile writes a temporary file and renames it over the old one on commit(), so
    // a crash or a full disk leaves the previous file intact.
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        return MailError(K::Io, Account::tr("cannot write %1: %2")
                                    .arg(QDir::toNativeSeparators(m_filePath), file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const bool full = file.error() == QFileDevice::ResourceError;
        return MailError(full ? K::DiskFull : K::Io,
                         Account::tr("cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(m_filePath), file.errorString()));
    }
    m_lastBytes = bytes;
    qCDebug(lcAccount) << "saved" << accounts.size() << "accounts to" << m_filePath;
    return {};
}

void AccountStore::setWatchingExternalChanges(bool watch)
{
    if (!watch) {
        delete m_watcher;
        m_watcher = nullptr;
        return;
    }
    if (m_watcher)
        return;
    // The directory, not the file: QSaveFile replaces the file by a rename, which ends
    // a watch on the old inode.
    const QString dir = QFileInfo(m_filePath).absolutePath();
    QDir().mkpath(dir);
    m_watcher = new QFileSystemWatcher(this);
    m_watcher->addPath(dir);
    if (!m_reloadTimer) {
        // A writer's rename and our own writes come as bursts of events: settle first.
        m_reloadTimer = new QTimer(this);
        m_reloadTimer->setSingleShot(true);
        m_reloadTimer->setInterval(150);
        connect(m_reloadTimer, &QTimer::timeout, this, &AccountStore::checkExternalChange);
    }
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    // ...and the file too, for writers that rewrite it in place.
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    if (QFile::exists(m_filePath))
        m_watcher->addPath(m_filePath);
}

void AccountStore::checkExternalChange()
{
    // A rename replaced the inode the file watch was on: watch the new one.
    if (m_watcher && QFile::exists(m_filePath) && !m_watcher->files().contains(m_filePath))
        m_watcher->addPath(m_filePath);
    QFile file(m_filePath);
    const QByteArray now = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    if (now == m_lastBytes)
        return; // our own write, or a change that changed nothing
    qCInfo(lcAccount) << "account settings changed on disk; reloading";
    if (const auto loaded = load(); !loaded)
        Q_EMIT reloadFailed(loaded.error().text());
}

} // namespace Pigeon::Account
