#include "exportcommand.h"

#include "contentloader.h"
#include "coursecatalog.h"
#include "csvexport.h"
#include "datapaths.h"
#include "store.h"
#include "xapiexport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace khien::cli {

namespace {
class Export
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static int run(const QStringList &args)
    {
        QTextStream out(stdout);
        QTextStream err(stderr);
        QString format, path, db;
        QChar separator = QLatin1Char(',');
        QStringList trainees;
        for (int i = 0; i < args.size(); ++i) {
            const QString &a = args.at(i);
            const QString value = args.value(i + 1);
            if (a == QLatin1String("--format") && !value.isEmpty())
                format = args.at(++i);
            else if (a == QLatin1String("--out") && !value.isEmpty())
                path = args.at(++i);
            else if (a == QLatin1String("--db") && !value.isEmpty())
                db = args.at(++i);
            else if (a == QLatin1String("--trainee") && !value.isEmpty())
                trainees.append(args.at(++i));
            else if (a == QLatin1String("--separator") && value.size() == 1 && (value == QLatin1String(",") || value == QLatin1String(";")))
                separator = args.at(++i).at(0);
            else {
                err << tr("export: unexpected argument \"%1\"").arg(a) << '\n';
                return 2;
            }
        }
        if (path.isEmpty() || !QStringList{"csv", "answers-csv", "xapi"}.contains(format)) {
            err << tr("export needs --format csv|answers-csv|xapi and --out PATH") << '\n';
            return 2;
        }
        Store store;
        const QString dbPath = resolveReplacement(databasePath(db));
        if (store.open(dbPath) != Store::OpenError::None) {
            err << tr("export: cannot open the database %1: %2").arg(dbPath, store.lastError()) << '\n';
            return 1;
        }
        QStringList packs{shippedPackPath()};
        packs += packFoldersIn(userPacksPath());
        const CourseCatalog catalog = CourseCatalog::load(packs);
        if (trainees.isEmpty())
            for (const Trainee &t : store.trainees())
                trainees.append(t.id);
        QByteArray data;
        if (format == QLatin1String("xapi")) {
            data = QJsonDocument(xapiStatements(store, catalog, trainees)).toJson(QJsonDocument::Indented);
        } else {
            CsvOptions options;
            options.separator = separator;
            options.scope.traineeIds = QSet<QString>(trainees.cbegin(), trainees.cend());
            data = format == QLatin1String("csv") ? summaryCsv(store, catalog, options) : answersCsv(store, options);
        }
        QString error;
        if (!writeAtomically(path, data, &error)) {
            err << tr("export: %1").arg(error) << '\n';
            return 1;
        }
        out << tr("exported %1 trainee(s) to %2").arg(trainees.size()).arg(path) << '\n';
        return 0;
    }
};
} // namespace

int runExport(const QStringList &args)
{
    return Export::run(args);
}

} // namespace khien::cli
