// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "account/keychainsecretstore.h"

#include "common/logging.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

namespace Pigeon::Account {

namespace {

MailError keychainError(QKeychain::Job *job)
{
    // The job's text describes the keychain failure, never the secret.
    return MailError(MailError::Kind::Keychain,
                     KeychainSecretStore::tr("the keychain refused the request: %1").arg(job->errorString()));
}

template<typename Job>
Job *makeJob(KeychainSecretStore *store, const QString &key)
{
    auto *job = new Job(QLatin1String(KeychainSecretStore::ServiceName), store);
    job->setAutoDelete(true);
    // Never QtKeychain's "insecure fallback" (a plaintext settings file): without a
    // keychain the password stays in memory instead.
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &scope, QObject *parent)
    : SecretStore(parent), m_scope(scope)
{
}

QString KeychainSecretStore::key(const QUuid &account, SecretPurpose purpose) const
{
    return m_scope + QLatin1Char('/') + account.toString(QUuid::WithoutBraces) + QLatin1Char('/')
        + secretPurposeName(purpose);
}

bool KeychainSecretStore::fallBackIfUnavailable(int error, const QString &errorString)
{
    if (m_fallenBack)
        return true;
    // Which failures mean "there is no keychain service" rather than "the keychain said
    // no": QtKeychain reports a missing backend as NoBackendAvailable, but its libsecret
    // backend reports a missing D-Bus session or Secret Service as OtherError with the
    // GDBus message, so those are recognised by their D-Bus error names too.
    static const char *const unavailableMarkers[] = {
        "autolaunch",                           // no session bus ("Cannot autolaunch D-Bus ...")
        "DBUS_SESSION_BUS_ADDRESS",
        "org.freedesktop.DBus.Error.ServiceUnknown",
        "org.freedesktop.DBus.Error.NoServer",
        "org.freedesktop.DBus.Error.Spawn",
        "was not provided by any .service files",
        "Could not connect",
    };
    bool unavailable = error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented;
    for (const char *marker : unavailableMarkers) {
        if (!unavailable && errorString.contains(QLatin1String(marker), Qt::CaseInsensitive))
            unavailable = true;
    }
    if (!unavailable)
        return false;
    m_fallenBack = true;
    // Debug only: the keychainUnavailable signal is how the user is told, once.
    qCDebug(lcAccount) << "no keychain service:" << errorString << "- passwords stay in memory";
    Q_EMIT keychainUnavailable(errorString);
    return true;
}

void KeychainSecretStore::readPassword(const QUuid &account, SecretPurpose purpose, ReadCallback done)
{
    if (m_fallenBack || m_sessionOnly.contains(key(account, purpose)))
        return m_memory.readPassword(account, purpose, std::move(done));
    auto *job = makeJob<QKeychain::ReadPasswordJob>(this, key(account, purpose));
    connect(job, &QKeychain::Job::finished, this, [this, account, purpose, done](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        switch (j->error()) {
        case QKeychain::NoError:
            return done(read->textData());
        case QKeychain::EntryNotFound:
            return done(MailError(MailError::Kind::NotFound, tr("no password is stored for this account")));
        default:
            if (fallBackIfUnavailable(j->error(), j->errorString()))
                return m_memory.readPassword(account, purpose, done);
            qCDebug(lcAccount) << "keychain read failed:" << j->error() << j->errorString();
            return done(keychainError(j));
        }
    });
    // QtKeychain may finish a job from inside start(); deferring start() keeps the promise
    // that callbacks never run inside our call.
    QTimer::singleShot(0, job, [job] { job->start(); });
}

void KeychainSecretStore::writePassword(const QUuid &account, SecretPurpose purpose, const QString &password,
                                        DoneCallback done)
{
    if (m_fallenBack)
        return m_memory.writePassword(account, purpose, password, std::move(done));
    if (m_sessionOnly.remove(key(account, purpose))) // remembered from now on
        m_memory.removePassword(account, purpose, [](const Result<void> &) {});
    auto *job = makeJob<QKeychain::WritePasswordJob>(this, key(account, purpose));
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, account, purpose, password, done](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError)
            return done(Result<void>());
        if (fallBackIfUnavailable(j->error(), j->errorString()))
            return m_memory.writePassword(account, purpose, password, done);
        qCDebug(lcAccount) << "keychain write failed:" << j->error() << j->errorString();
        done(keychainError(j));
    });
    QTimer::singleShot(0, job, [job] { job->start(); });
}

void KeychainSecretStore::keepForSession(const QUuid &account, SecretPurpose purpose, const QString &password,
                                         DoneCallback done)
{
    if (m_fallenBack)
        return m_memory.writePassword(account, purpose, password, std::move(done));
    m_sessionOnly.insert(key(account, purpose));
    m_memory.writePassword(account, purpose, password, [this, account, purpose, done](const Result<void> &kept) {
        if (!kept)
            return done(kept);
        removeFromKeychain(account, purpose, done); // no remembered copy may outlive the choice
    });
}

void KeychainSecretStore::removePassword(const QUuid &account, SecretPurpose purpose, DoneCallback done)
{
    if (m_fallenBack)
        return m_memory.removePassword(account, purpose, std::move(done));
    if (m_sessionOnly.remove(key(account, purpose)))
        m_memory.removePassword(account, purpose, [](const Result<void> &) {});
    removeFromKeychain(account, purpose, std::move(done));
}

void KeychainSecretStore::removeFromKeychain(const QUuid &account, SecretPurpose purpose, DoneCallback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(this, key(account, purpose));
    connect(job, &QKeychain::Job::finished, this, [this, account, purpose, done](QKeychain::Job *j) {
        // Removing what is not there is success: the end state is what the caller wanted.
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound)
            return done(Result<void>());
        if (fallBackIfUnavailable(j->error(), j->errorString()))
            return m_memory.removePassword(account, purpose, done);
        qCDebug(lcAccount) << "keychain delete failed:" << j->error() << j->errorString();
        done(keychainError(j));
    });
    QTimer::singleShot(0, job, [job] { job->start(); });
}

} // namespace Pigeon::Account
