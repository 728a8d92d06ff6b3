// `khien db` (see dbcommand.h): arguments, then one line per outcome.
#include "dbcommand.h"

#include "datapaths.h"
#include "errortext.h"
#include "pgdialect.h"
#include "store.h"
#include "storebackup.h"
#include "storeintegrity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <iterator>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace khien::cli {

namespace {

// The PostgreSQL password, asked for on the terminal without echo when libpq has none
// (no PGPASSWORD, no password file); empty when it is not needed or there is no terminal.
QString askPassword(const QString &where)
{
#ifndef Q_OS_UNIX
    Q_UNUSED(where);
    return {}; // libpq's own PGPASSWORD / pgpass.conf only
#else
    const QString passFile = qEnvironmentVariable("PGPASSFILE", QDir::home().filePath(QStringLiteral(".pgpass")));
    if (qEnvironmentVariableIsSet("PGPASSWORD") || QFileInfo::exists(passFile) || !isatty(STDIN_FILENO))
        return {};
    termios saved{};
    if (tcgetattr(STDIN_FILENO, &saved) != 0)
        return {};
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    QTextStream(stderr) << QCoreApplication::translate("Cli", "Password for %1: ").arg(where) << Qt::flush;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    char line[1024] = {};
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    QTextStream(stderr) << '\n';
    QString password = read ? QString::fromUtf8(line) : QString();
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    std::fill(std::begin(line), std::end(line), '\0');
    return password;
#endif
}

class Db
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static int run(const QStringList &args)
    {
        QTextStream err(stderr);
        const QString command = args.value(0);
        QString db, file, to;
        for (int i = 1; i < args.size(); ++i) {
            const QString &a = args.at(i);
            if (a == QLatin1String("--db") && !args.value(i + 1).isEmpty()) {
                db = args.at(++i);
            } else if (a == QLatin1String("--to") && command == QLatin1String("copy")
                       && !args.value(i + 1).isEmpty()) {
                to = args.at(++i);
            } else if (!a.startsWith(QLatin1Char('-')) && file.isEmpty()
                       && (command == QLatin1String("backup") || command == QLatin1String("restore"))) {
                file = a;
            } else {
                err << tr("db %1: unexpected argument \"%2\"").arg(command, a) << '\n';
                return 2;
            }
        }
        const QString path = resolveReplacement(databasePath(db));
        if (command == QLatin1String("copy"))
            return copy(path, to);
        if (pg::isAddress(path) && QStringList{QStringLiteral("check"), QStringLiteral("backup"),
                                               QStringLiteral("backups"), QStringLiteral("restore")}
                                           .contains(command)) {
            err << tr("db %1: the database is the organisation's PostgreSQL database, managed by"
                      " its IT: use pg_dump and pg_restore").arg(command) << '\n';
            return 1;
        }
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
        err << tr("db needs check, backup FILE, restore FILE, backups or copy --to URL") << '\n';
        return 2;
    }

private:
    // The room's SQLite file into the organisation's database, in one transaction.
    static int copy(const QString &path, const QString &to)
    {
        QTextStream err(stderr);
        if (!pg::isAddress(to) || pg::isAddress(path)) {
            err << tr("db copy needs --to postgresql://USER@HOST/DATABASE and an SQLite file as --db") << '\n';
            return 2;
        }
        if (!QFileInfo(path).isFile()) {
            err << tr("db copy: there is no database at %1").arg(path) << '\n';
            return 1;
        }
        QString why;
        const auto address = pg::parseAddress(to, why);
        if (!address) {
            err << tr("db copy: %1").arg(why) << '\n';
            return 2;
        }
        Store target;
        target.setPassword(askPassword(address->where()));
        if (const auto error = target.open(to); error != Store::OpenError::None) {
            err << tr("db copy: %1").arg(ErrorText::describeOpen(error, address->where(), target)) << '\n';
            return 1;
        }
        const auto added = target.copyFromSqlite(path);
        if (!added) {
            err << tr("db copy: %1").arg(ErrorText::withDetail(target.lastFailure())) << '\n'
                << tr("Nothing was copied: %1 is unchanged.").arg(address->where()) << '\n';
            return 1;
        }
        QTextStream out(stdout);
        if (*added == 0)
            out << tr("Nothing to copy: %1 already holds everything in %2.").arg(address->where(), path) << '\n';
        else
            out << tr("%n row(s) copied from %1 to %2.", nullptr, *added).arg(path, address->where()) << '\n';
        return 0;
    }

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
