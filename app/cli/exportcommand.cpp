// `khien export`: scores of a class, a session, chosen trainees or everyone on this PC, as
// CSV, xAPI statements, a PDF class report or a PDF certificate, written atomically.
#include "exportcommand.h"

#include "coursecatalog.h"
#include "datapaths.h"
#include "errortext.h"
#include "exportservice.h"
#include "pdfrenderers.h"
#include "store.h"
#include "storeintegrity.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace khien::cli {

namespace {

struct ExportArgs
{
    QString format, path, db, className, sessionId, issuer;
    QString language = QStringLiteral("en");
    QChar separator = QLatin1Char(',');
    QStringList trainees;
};

class Export
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static int run(const QStringList &args, const QString &language)
    {
        QTextStream err(stderr);
        ExportArgs a;
        a.language = language;
        for (int i = 0; i < args.size(); ++i) {
            const QString &arg = args.at(i);
            const QString value = args.value(i + 1);
            QString *target = arg == QLatin1String("--format")    ? &a.format
                    : arg == QLatin1String("--out")               ? &a.path
                    : arg == QLatin1String("--db")                ? &a.db
                    : arg == QLatin1String("--class")             ? &a.className
                    : arg == QLatin1String("--session")           ? &a.sessionId
                    : arg == QLatin1String("--issuer")            ? &a.issuer
                                                                  : nullptr;
            if (target && !value.isEmpty()) {
                *target = args.at(++i);
            } else if (arg == QLatin1String("--trainee") && !value.isEmpty()) {
                a.trainees.append(args.at(++i));
            } else if (arg == QLatin1String("--separator") && (value == QLatin1String(",") || value == QLatin1String(";"))) {
                a.separator = args.at(++i).at(0);
            } else {
                err << tr("export: unexpected argument \"%1\"").arg(arg) << '\n';
                return 2;
            }
        }
        if (a.path.isEmpty() || !exportFormatNamed(a.format)) {
            err << tr("export needs --format csv|answers-csv|xapi|pdf|certificate and --out PATH") << '\n';
            return 2;
        }
        if (a.format == QLatin1String("certificate") && a.trainees.size() != 1) {
            err << tr("export --format certificate needs exactly one --trainee ID") << '\n';
            return 2;
        }
        Store store;
        const QString dbPath = resolveReplacement(databasePath(a.db));
        if (!databaseMayExist(dbPath)) {
            err << tr("export: there is no database at %1").arg(dbPath) << '\n';
            return 1;
        }
        if (const auto error = store.open(dbPath); error != Store::OpenError::None) {
            err << tr("export: %1").arg(ErrorText::describeOpen(error, dbPath, store)) << '\n';
            return 1;
        }
        // A damaged file reads as fewer rows, not as an error: an export would look complete.
        if (const IntegrityResult check = checkIntegrity(dbPath, IntegrityDepth::Quick); check.ran && !check.sound()) {
            err << tr("export: the database %1 is damaged, so the export would be incomplete (%2). "
                      "Restore a backup: khien db backups, then khien db restore FILE.")
                           .arg(dbPath, check.problems.value(0))
                << '\n';
            return 1;
        }
        DashboardScope scope;
        if (!scopeFromArgs(store, a, scope))
            return 1;
        QStringList packs{shippedPackPath()};
        packs += packFoldersIn(userPacksPath());
        const CourseCatalog catalog = CourseCatalog::load(packs);
        return write(store, catalog, a, scope);
    }

private:
    // --class (name or id) and --session narrow the scope; --trainee ids narrow it further.
    static bool scopeFromArgs(const Store &store, const ExportArgs &a, DashboardScope &scope)
    {
        QTextStream err(stderr);
        if (!a.className.isEmpty()) {
            auto cls = store.classById(a.className);
            if (!cls)
                cls = store.classNamed(a.className);
            if (!cls) {
                err << tr("export: there is no class \"%1\" on this PC").arg(a.className) << '\n';
                return false;
            }
            scope.classId = cls->id;
        }
        if (!a.sessionId.isEmpty()) {
            const auto session = store.session(a.sessionId);
            if (!session || (!scope.classId.isEmpty() && session->classId != scope.classId)) {
                err << tr("export: there is no session \"%1\" on this PC").arg(a.sessionId) << '\n';
                return false;
            }
            scope.sessionId = session->id;
        }
        scope.traineeIds = QSet<QString>(a.trainees.cbegin(), a.trainees.cend());
        return true;
    }

    static int write(const Store &store, const CourseCatalog &catalog, const ExportArgs &a,
                     const DashboardScope &scope)
    {
        ExportRequest request;
        request.format = *exportFormatNamed(a.format); // checked in run()
        request.path = a.path;
        request.scope = scope;
        request.separator = a.separator;
        request.language = a.language;
        request.traineeId = a.trainees.value(0);
        request.issuer = a.issuer;
        const ExportService service(store, catalog, report::pdfRenderers());
        if (const CoreError error = service.run(request); error.isError()) {
            QTextStream(stderr) << tr("export: %1").arg(ErrorText::describe(error)) << '\n';
            return 1;
        }
        QTextStream(stdout) << tr("exported to %1").arg(a.path) << '\n';
        return 0;
    }
};

} // namespace

int runExport(const QStringList &args, const QString &language)
{
    return Export::run(args, language);
}

} // namespace khien::cli
