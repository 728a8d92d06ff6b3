// The database's health and backups as QML sees them (`App.database`): the quick check that
// runs once the first frame is up (on a worker thread with its own connection, so the window
// never waits for it), rolling backups at the end of each session, and the instructor's list
// of backups with restore. Restoring closes the app's connection, replaces the file and opens
// it again.
#pragma once

#include "listmodel.h"
#include "storebackup.h"

#include <QDateTime>
#include <QObject>
#include <QThreadPool>
#include <QtQml/qqmlregistration.h>

#include <functional>

struct BackupRow
{
    QString path;
    QString madeAt; // date and time in the UI language
    QString size;   // e.g. "1.2 MB"
};

class BackupListModel : public ListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.database.backups")

public:
    enum Role { PathRole = Qt::UserRole + 1, MadeAtRole, SizeRole };
    Q_ENUM(Role)
    using ListModel::ListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void reload(const QVector<khien::BackupInfo> &backups, const QString &lang);

private:
    QVector<BackupRow> m_rows;
};

class DatabaseCare : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.database")
    // What the check at start found, in the UI language; empty while sound or not yet known.
    Q_PROPERTY(QString damage READ damage NOTIFY damageChanged)
    // A passing message (a restore done); empty when there is none.
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(BackupListModel *backups READ backups CONSTANT)
    Q_PROPERTY(QString backupFolder READ backupFolder NOTIFY backupsChanged)

public:
    struct Hooks
    {
        std::function<QString()> databasePath;  // empty while no database is open
        std::function<QString()> language;
        std::function<bool()> mayRestore;       // instructor mode is unlocked
        std::function<void()> closeStore;
        std::function<void()> reopenStore;
    };
    explicit DatabaseCare(Hooks hooks, QObject *parent = nullptr);
    ~DatabaseCare() override;

    QString damage() const { return m_damage; }
    QString notice() const { return m_notice; }
    BackupListModel *backups() { return &m_backups; }
    QString backupFolder() const;

    // PRAGMA quick_check on a worker thread; damage follows when it is done.
    Q_INVOKABLE void checkInBackground();
    // The end of a trainee's session: a rolling backup on a worker thread, if one is due.
    void sessionEnded();
    // The app closes: waits for the worker, then makes the backup if one is due.
    void finish();

    Q_INVOKABLE void reloadBackups();
    // A rolling backup now, whatever the time since the last: an error message or empty.
    Q_INVOKABLE QString backUpNow();
    // Instructor only. An error message in the UI language, or empty on success.
    Q_INVOKABLE QString restore(const QString &backupPath);
    Q_INVOKABLE void dismissNotice();
    void refreshLanguage();

signals:
    void damageChanged();
    void noticeChanged();
    void backupsChanged();

private:
    void setDamage(const QString &path, const QStringList &problems);

    Hooks m_hooks;
    QDateTime m_started;
    QThreadPool m_worker; // one thread: checks and backups never overlap
    QString m_damage;
    QStringList m_damageFound; // SQLite's words, kept to re-describe on a language switch
    QString m_damagePath;
    QString m_notice;
    BackupListModel m_backups;
};
