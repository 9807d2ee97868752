#include "Keychain.h"

#include "Error.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace hd::Keychain {

namespace {
struct KeychainMsg
{
    Q_DECLARE_TR_FUNCTIONS(Keychain)
};
} // namespace

namespace {

const QString kService = QStringLiteral("healdesk");
const QString kSigningService = QStringLiteral("healdesk-signing");
const QString kAlertService = QStringLiteral("healdesk-alert");

// Runs a job to its end; returns false when the entry does not exist.
bool run(QKeychain::Job &job, const QString &what)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::EntryNotFound)
        return false;
    if (job.error() != QKeychain::NoError) {
        throw Error(Error::Code::Config,
                    KeychainMsg::tr("the system keychain could not %1: %2").arg(what, job.errorString()), {},
                    QStringLiteral("keychain"));
    }
    return true;
}

} // namespace

QString readPassword(const QString &profile)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(profile);
    if (!run(job, KeychainMsg::tr("read the password of profile \"%1\"").arg(profile)))
        return {};
    return job.textData();
}

void writePassword(const QString &profile, const QString &password)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(profile);
    job.setTextData(password);
    run(job, KeychainMsg::tr("store the password of profile \"%1\"").arg(profile));
}

void deletePassword(const QString &profile)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(profile);
    run(job, KeychainMsg::tr("remove the password of profile \"%1\"").arg(profile));
}

QByteArray readSigningSeed(const QString &entry)
{
    QKeychain::ReadPasswordJob job(kSigningService);
    job.setKey(entry);
    if (!run(job, KeychainMsg::tr("read the signing key %1").arg(entry)))
        return {};
    return job.binaryData();
}

void writeSigningSeed(const QString &entry, const QByteArray &seedBase64)
{
    QKeychain::WritePasswordJob job(kSigningService);
    job.setKey(entry);
    job.setBinaryData(seedBase64);
    run(job, KeychainMsg::tr("store the signing key %1").arg(entry));
}

void deleteSigningSeed(const QString &entry)
{
    QKeychain::DeletePasswordJob job(kSigningService);
    job.setKey(entry);
    run(job, KeychainMsg::tr("remove the signing key %1").arg(entry));
}

QString readAlertSecret(const QString &entry)
{
    QKeychain::ReadPasswordJob job(kAlertService);
    job.setKey(entry);
    if (!run(job, KeychainMsg::tr("read the alert route secret %1").arg(entry)))
        return {};
    return job.textData();
}

void writeAlertSecret(const QString &entry, const QString &secret)
{
    QKeychain::WritePasswordJob job(kAlertService);
    job.setKey(entry);
    job.setTextData(secret);
    run(job, KeychainMsg::tr("store the alert route secret %1").arg(entry));
}

} // namespace hd::Keychain
