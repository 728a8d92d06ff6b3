// App.database (see databasecare.h).
#include "databasecare.h"

#include "displayformat.h"
#include "storeintegrity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    const BackupRow *row = rowAt(m_rows, index);
    if (!row)
        return {};
    switch (role) {
    case PathRole: return row->path;
    case MadeAtRole: return row->madeAt;
    case SizeRole: return row->size;
    default: return {};
    }
}

QHash<int, QByteArray> BackupListModel::roleNames() const
{
    return {{PathRole, "path"}, {MadeAtRole, "madeAt"}, {SizeRole, "size"}};
}

void BackupListModel::reload(const QVector<khien::BackupInfo> &backups, const QString &lang)
{
    const QLocale locale = khien::displayLocale(lang);
    QVector<BackupRow> rows;
    for (const khien::BackupInfo &b : backups)
        rows.append({b.path, khien::formatDateTime(b.madeAt, lang),
                     locale.formattedDataSize(b.bytes, 1, QLocale::DataSizeTraditionalFormat)});
    replaceRows(m_rows, std::move(rows));
}

DatabaseCare::DatabaseCare(Hooks hooks, QObject *parent)
    : QObject(parent), m_hooks(std::move(hooks)), m_started(QDateTime::currentDateTime())
{
    m_worker.setMaxThreadCount(1);
}

DatabaseCare::~DatabaseCare()
{
    m_worker.waitForDone();
}

QString DatabaseCare::backupFolder() const
{
    const QString db = m_hooks.databasePath();
    return db.isEmpty() ? QString() : khien::backupFolder(db);
}

void DatabaseCare::checkInBackground()
{
    const QString path = m_hooks.databasePath();
    if (path.isEmpty())
        return;
    QPointer<DatabaseCare> self(this);
    m_worker.start([self, path] {
        const khien::IntegrityResult result = khien::checkIntegrity(path, khien::IntegrityDepth::Quick);
        // A check that could not run (the file vanished) says nothing about damage.
        if (!result.ran || result.problems.isEmpty())
            return;
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, path, problems = result.problems] {
            if (self)
                self->setDamage(path, problems);
        }, Qt::QueuedConnection);
    });
}

void DatabaseCare::setDamage(const QString &path, const QStringList &problems)
{
    m_damagePath = path;
    m_damageFound = problems;
    refreshLanguage();
}

void DatabaseCare::refreshLanguage()
{
    if (!m_damageFound.isEmpty()) {
        //: %1 is the database file, %2 what SQLite found
        m_damage = tr("Khiên found damage in the progress file %1: some results may be missing from "
                      "lists and exports. Ask the instructor to restore a backup (instructor mode, "
                      "Backups). SQLite reports: %2")
                           .arg(m_damagePath, m_damageFound.mid(0, 3).join(QStringLiteral("; ")));
        emit damageChanged();
    }
    reloadBackups();
}

void DatabaseCare::sessionEnded()
{
    const QString path = m_hooks.databasePath();
    // A damaged database would push the good backups out one by one.
    if (path.isEmpty() || !m_damageFound.isEmpty())
        return;
    QPointer<DatabaseCare> self(this);
    m_worker.start([self, path] {
        const khien::RollingResult r = khien::rollingBackup(path, QDateTime::currentDateTime());
        if (r.error)
            qWarning("Khiên: automatic backup failed: %s", qPrintable(khien::describe(*r.error)));
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self] {
            if (self)
                self->reloadBackups();
        }, Qt::QueuedConnection);
    });
}

void DatabaseCare::finish()
{
    m_worker.waitForDone();
    const QString path = m_hooks.databasePath();
    if (path.isEmpty() || !m_damageFound.isEmpty())
        return;
    // Nothing written since the app started (every commit touches the -wal): nothing to keep.
    const QDateTime written = std::max(QFileInfo(path).lastModified(),
                                       QFileInfo(path + QStringLiteral("-wal")).lastModified());
    if (written < m_started)
        return;
    const khien::RollingResult r = khien::rollingBackup(path, QDateTime::currentDateTime());
    if (r.error)
        qWarning("Khiên: automatic backup failed: %s", qPrintable(khien::describe(*r.error)));
}

void DatabaseCare::reloadBackups()
{
    const QString path = m_hooks.databasePath();
    m_backups.reload(path.isEmpty() ? QVector<khien::BackupInfo>{} : khien::listBackups(path),
                     m_hooks.language());
    emit backupsChanged();
}

QString DatabaseCare::backUpNow()
{
    const QString path = m_hooks.databasePath();
    if (path.isEmpty())
        return tr("No database is open.");
    m_worker.waitForDone();
    const khien::RollingResult r = khien::rollingBackup(path, QDateTime::currentDateTime(), {7, 0});
    reloadBackups();
    return r.error ? khien::describe(*r.error) : QString();
}

QString DatabaseCare::restore(const QString &backupPath)
{
    if (!m_hooks.mayRestore())
        return tr("Only the instructor can restore a backup.");
    const QString path = m_hooks.databasePath();
    if (path.isEmpty())
        return tr("No database is open.");
    QDateTime madeAt = QFileInfo(backupPath).lastModified();
    for (const khien::BackupInfo &b : khien::listBackups(path))
        if (b.path == QFileInfo(backupPath).absoluteFilePath())
            madeAt = b.madeAt;
    m_worker.waitForDone(); // no check or backup holds a connection meanwhile
    m_hooks.closeStore();
    const auto failed = khien::restoreDatabase(backupPath, path);
    m_hooks.reopenStore();
    if (failed)
        return khien::describe(*failed);
    m_damage.clear();
    m_damageFound.clear();
    emit damageChanged();
    //: %1 is the date of the backup, %2 the file the previous database is kept in
    m_notice = tr("The progress file was restored from the backup of %1. The file as it was is kept as %2.")
                       .arg(khien::formatDateTime(madeAt, m_hooks.language()), khien::beforeRestorePath(path));
    emit noticeChanged();
    reloadBackups();
    checkInBackground();
    return {};
}

void DatabaseCare::dismissNotice()
{
    m_notice.clear();
    emit noticeChanged();
}
