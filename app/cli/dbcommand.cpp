// `khien db` (see dbcommand.h): arguments, then one line per outcome.
#include "dbcommand.h"

#include "datapaths.h"
#include "storebackup.h"
#include "storeintegrity.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace khien::cli {

namespace {

class Db
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static int run(const QStringList &args)
    {
        QTextStream err(stderr);
        const QString command = args.value(0);
        QString db, file;
        for (int i = 1; i < args.size(); ++i) {
            const QString &a = args.at(i);
            if (a == QLatin1String("--db") && !args.value(i + 1).isEmpty()) {
                db = args.at(++i);
            } else if (!a.startsWith(QLatin1Char('-')) && file.isEmpty()
                       && (command == QLatin1String("backup") || command == QLatin1String("restore"))) {
                file = a;
            } else {
                err << tr("db %1: unexpected argument \"%2\"").arg(command, a) << '\n';
                return 2;
            }
        }
        const QString path = resolveReplacement(databasePath(db));
        if (command == QLatin1String("check"))
            return check(path);
        if (command == QLatin1String("backups"))
            return list(path);
        if ((command == QLatin1String("backup") || command == QLatin1String("restore")) && file.isEmpty()) {
            err << tr("db %1 needs FILE").arg(command) << '\n';
            return 2;
        }
        if (command == QLatin1String("backup"))
            return backup(path, file);
        if (command == QLatin1String("restore"))
            return restore(path, file);
        err << tr("db needs check, backup FILE, restore FILE or backups") << '\n';
        return 2;
    }

private:
    static int check(const QString &path)
    {
        const IntegrityResult r = checkIntegrity(path, IntegrityDepth::Full);
        if (!r.ran) {
            QTextStream(stderr) << tr("db check: cannot check %1: %2").arg(path, r.error) << '\n';
            return 1;
        }
        if (r.sound()) {
            QTextStream(stdout) << tr("%1: sound (SQLite integrity check passed)").arg(path) << '\n';
            return 0;
        }
        QTextStream err(stderr);
        err << tr("%1: DAMAGED. SQLite reports:").arg(path) << '\n';
        for (const QString &p : r.problems)
            err << "  " << p << '\n';
        err << tr("Restore a backup: khien db backups, then khien db restore FILE.") << '\n';
        return 1;
    }

    static int backup(const QString &path, const QString &file)
    {
        if (const auto failed = backupDatabase(path, file)) {
            QTextStream(stderr) << tr("db backup: %1").arg(describe(*failed)) << '\n';
            return 1;
        }
        QTextStream(stdout) << tr("%1 written: a complete copy of %2 (no -wal file needed)").arg(file, path) << '\n';
        return 0;
    }

    static int restore(const QString &path, const QString &file)
    {
        if (const auto failed = restoreDatabase(file, path)) {
            QTextStream(stderr) << tr("db restore: %1").arg(describe(*failed)) << '\n'
                                << tr("The database was not changed.") << '\n';
            return 1;
        }
        QTextStream out(stdout);
        out << tr("%1 restored from %2.").arg(path, file) << '\n';
        if (QFileInfo::exists(beforeRestorePath(path)))
            out << tr("The database as it was is kept as %1.").arg(beforeRestorePath(path)) << '\n';
        return 0;
    }

    static int list(const QString &path)
    {
        QTextStream out(stdout);
        const QVector<BackupInfo> backups = listBackups(path);
        if (backups.isEmpty()) {
            out << tr("No backups of %1 yet (they go in %2).").arg(path, backupFolder(path)) << '\n';
            return 0;
        }
        const QLocale locale;
        for (const BackupInfo &b : backups)
            out << b.madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  "
                << locale.formattedDataSize(b.bytes) << "  " << b.path << '\n';
        return 0;
    }
};

} // namespace

int runDb(const QStringList &args)
{
    return Db::run(args);
}

} // namespace khien::cli
