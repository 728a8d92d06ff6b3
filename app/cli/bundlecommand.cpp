// `khien bundle export|import` (see bundlecommand.h): arguments, then one line per outcome.
#include "bundlecommand.h"

#include "datapaths.h"
#include "errortext.h"
#include "resultsbundle.h"
#include "store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace khien::cli {

namespace {
class Bundle
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static int run(const QStringList &args)
    {
        if (args.value(0) == QLatin1String("export"))
            return exportBundle(args.mid(1));
        if (args.value(0) == QLatin1String("import"))
            return importBundles(args.mid(1));
        QTextStream(stderr) << tr("bundle needs export or import") << '\n';
        return 2;
    }

private:
    // Opens the database of --db (or the default one), which must exist already.
    static bool openStore(Store &store, const QString &db, const char *command)
    {
        const QString path = resolveReplacement(databasePath(db));
        QString problem;
        if (!databaseMayExist(path))
            problem = tr("there is no database at %1").arg(path);
        else if (const auto error = store.open(path); error != Store::OpenError::None)
            problem = ErrorText::describeOpen(error, path, store);
        if (!problem.isEmpty())
            QTextStream(stderr) << tr("bundle %1: %2").arg(QLatin1String(command), problem) << '\n';
        return problem.isEmpty();
    }

    static int exportBundle(const QStringList &args)
    {
        QTextStream err(stderr);
        QString key, path, db;
        QStringList trainees;
        for (int i = 0; i < args.size(); ++i) {
            const QString &a = args.at(i);
            const bool hasValue = !args.value(i + 1).isEmpty();
            if (a == QLatin1String("--key") && hasValue)
                key = args.at(++i);
            else if (a == QLatin1String("--out") && hasValue)
                path = args.at(++i);
            else if (a == QLatin1String("--db") && hasValue)
                db = args.at(++i);
            else if (a == QLatin1String("--trainee") && hasValue)
                trainees.append(args.at(++i));
            else {
                err << tr("bundle export: unexpected argument \"%1\"").arg(a) << '\n';
                return 2;
            }
        }
        if (key.isEmpty() || path.isEmpty()) {
            err << tr("bundle export needs --key KEY and --out FILE") << '\n';
            return 2;
        }
        Store store;
        if (!openStore(store, db, "export"))
            return 1;
        QString error;
        const QByteArray bundle = khien::exportBundle(store, trainees, key, &error);
        if (bundle.isEmpty() || !writeBundleFile(path, bundle, &error)) {
            err << tr("bundle export: %1").arg(error) << '\n';
            return 1;
        }
        const qsizetype count = trainees.isEmpty() ? store.trainees().size() : trainees.size();
        QTextStream(stdout) << tr("bundle: results written to %2 (trainees: %1)")
                                       .arg(count).arg(path)
                            << '\n';
        return 0;
    }

    static int importBundles(const QStringList &args)
    {
        QTextStream err(stderr);
        QString className, db;
        QStringList files;
        for (int i = 0; i < args.size(); ++i) {
            const QString &a = args.at(i);
            const bool hasValue = !args.value(i + 1).isEmpty();
            if (a == QLatin1String("--class") && hasValue)
                className = args.at(++i);
            else if (a == QLatin1String("--db") && hasValue)
                db = args.at(++i);
            else if (!a.startsWith(QLatin1Char('-')))
                files.append(a);
            else {
                err << tr("bundle import: unexpected argument \"%1\"").arg(a) << '\n';
                return 2;
            }
        }
        if (className.isEmpty() || files.isEmpty()) {
            err << tr("bundle import needs --class NAME_OR_ID and at least one FILE") << '\n';
            return 2;
        }
        Store store;
        if (!openStore(store, db, "import"))
            return 1;
        auto target = store.classById(className);
        if (!target)
            target = store.classNamed(className);
        if (!target) {
            QStringList names;
            for (const ClassRecord &c : store.classes())
                names.append(c.name);
            const QString here = names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "));
            err << tr("bundle import: there is no class \"%1\" (classes here: %2)")
                           .arg(className, here)
                << '\n';
            return 1;
        }
        int refused = 0;
        for (const QString &file : files)
            refused += importOne(store, file, *target) ? 0 : 1;
        if (files.size() > 1)
            QTextStream(stdout) << tr("bundle files imported: %1 of %2; refused: %3")
                                           .arg(files.size() - refused)
                                           .arg(files.size())
                                           .arg(refused)
                                << '\n';
        return refused == 0 ? 0 : 1;
    }

    // One file, all or nothing; says what it added or why it was refused.
    static bool importOne(Store &store, const QString &file, const ClassRecord &into)
    {
        QString error;
        BundleImportReport r;
        if (const auto bytes = readBundleFile(file, &error))
            r = importBundle(store, *bytes, into);
        else
            r.error = error;
        if (!r.error.isEmpty()) {
            QTextStream(stderr) << tr("%1: refused, nothing was changed: %2").arg(file, r.error)
                                << '\n';
            return false;
        }
        QTextStream out(stdout);
        out << tr("%1: imported into the class \"%2\"").arg(file, into.name) << '\n'
            << tr("  trainees added: %1, joined the class: %2")
                       .arg(r.traineesAdded).arg(r.traineesJoinedClass) << '\n'
            << tr("  attempts added: %1, already there: %2")
                       .arg(r.attemptsAdded).arg(r.attemptsAlreadyThere) << '\n'
            << tr("  lessons added: %1, already there: %2")
                       .arg(r.lessonsAdded).arg(r.lessonsAlreadyThere) << '\n'
            << tr("  conflicts: %1").arg(r.conflicts) << '\n';
        for (const QString &note : r.conflictNotes)
            out << "    " << note << '\n';
        return true;
    }
};
} // namespace

int runBundle(const QStringList &args)
{
    return Bundle::run(args);
}

} // namespace khien::cli
