#include "cli.h"

#include "bundlecommand.h"
#include "dbcommand.h"
#include "errortext.h"
#include "contentloader.h"
#include "exportcommand.h"
#include "contentquality.h"
#include "contentreview.h"
#include "contentsummary.h"
#include "datapaths.h"
#include "bankcommand.h"
#include "livecommand.h"
#include "uilanguage.h"

#include "passphrase.h"
#include "store.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QTextStream>
#include <cstring>
#include <memory>

namespace khien::cli {

namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static QString usage()
    {
        return tr("Usage:\n"
                  "  khien [--db PATH]                      start the app\n"
                  "  khien check-content [--json] [--strict] [--as-of YYYY-MM-DD] [DIR]\n"
                  "                                         validate a content pack (default: the shipped one);\n"
                  "                                         --strict adds the shipped course's quality rules;\n"
                  "                                         content past its review-by date is an error as of\n"
                  "                                         --as-of, a warning (exit code unchanged) without it\n"
                  "  khien import-gift FILE --lang vi|en --module ID [--pack DIR]\n"
                  "                                         import a Moodle GIFT question bank into a user pack\n"
                  "                                         (default DIR: <data folder>/packs/gift-import)\n"
                  "  khien import-moodle FILE --module ID [--lang vi|en] [--pack DIR]\n"
                  "                                         import a Moodle XML question bank the same way\n"
                  "                                         (default language: vi)\n"
                  "  khien export-moodle --module ID --format xml|gift --out PATH [--lang vi|en] [--pack DIR]\n"
                  "                                         write a module's questions as a Moodle question bank\n"
                  "                                         (shipped or imported; default language: vi)\n"
                  "  khien export --format csv|answers-csv|xapi|pdf|certificate --out PATH\n"
                  "               [--class NAME_OR_ID] [--session ID] [--trainee ID]... [--separator ';']\n"
                  "               [--issuer TEXT] [--db PATH]\n"
                  "                                         scores of a class, a session or chosen trainees\n"
                  "                                         (everyone on this PC by default); pdf: the class\n"
                  "                                         report; certificate: one trainee's, with --trainee\n"
                  "  khien bundle export --key KEY --out FILE [--trainee ID]... [--db PATH]\n"
                  "                                         results bundle for the instructor's PC (all trainees by default)\n"
                  "  khien bundle import --class NAME_OR_ID FILE... [--db PATH]\n"
                  "                                         merge results bundles into a class; each file all or nothing\n"
                  "  khien live-host --db PATH --class NAME --module ID [--mode paced|self] [--listen ADDRESS]\n"
                  "                  [--port N] [--max N] | --db PATH --resume\n"
                  "                                         host a live session without a window (stdin: next,\n"
                  "                                         reveal, stop); prints its address and code\n"
                  "  khien db copy --to URL [--db PATH]     copy a room's SQLite file into the organisation's\n"
                  "                                         PostgreSQL database (all or nothing; again: adds nothing)\n"
                  "  khien db check [--db PATH]             SQLite's full integrity check (exit 1: damaged)\n"
                  "  khien db backup FILE [--db PATH]       one self-contained copy of the database (safe while\n"
                  "                                         the app runs; no -wal file needed)\n"
                  "  khien db backups [--db PATH]           list the automatic backups\n"
                  "  khien db restore FILE [--db PATH]      replace the database with a backup (checked first;\n"
                  "                                         the current one is kept as <name>.before-restore)\n"
                  "  khien reset-instructor [--db PATH]     remove a forgotten instructor passphrase (all\n"
                  "                                         trainee data stays); the next instructor sets a new one\n"
                  "  khien paths                            show where the database and extra packs are\n"
                  "  khien --version | --help\n"
                  "\n"
                  "Environment: KHIEN_DB sets the database file or postgresql:// address (--db wins).\n");
    }

    // The documented way out of a forgotten passphrase, for whoever administers the PC: it
    // removes the passphrase and nothing else.
    static int resetInstructor(const QStringList &args)
    {
        QTextStream out(stdout);
        QTextStream err(stderr);
        QString db;
        if (args.size() == 2 && args.at(0) == QLatin1String("--db"))
            db = args.at(1);
        else if (!args.isEmpty()) {
            err << tr("reset-instructor: unexpected argument \"%1\"").arg(args.first()) << '\n';
            return 2;
        }
        const QString path = resolveReplacement(databasePath(db));
        Store store;
        if (!databaseMayExist(path)) {
            err << tr("reset-instructor: there is no database at %1").arg(path) << '\n';
            return 1;
        }
        if (const auto error = store.open(path); error != Store::OpenError::None) {
            err << tr("reset-instructor: %1").arg(ErrorText::describeOpen(error, path, store)) << '\n';
            return 1;
        }
        InstructorLock lock(store);
        if (!lock.isSet()) {
            out << tr("No instructor passphrase is set in %1; nothing to do.").arg(path) << '\n';
            return 0;
        }
        if (!lock.resetKeepingData()) {
            err << tr("reset-instructor: %1").arg(ErrorText::withDetail(store.lastFailure())) << '\n';
            return 1;
        }
        out << tr("The instructor passphrase was removed from %1. Trainees' data is unchanged; the next instructor sets a new passphrase.").arg(path) << '\n';
        return 0;
    }

    static int paths()
    {
        QTextStream out(stdout);
        out << "database: " << resolveReplacement(databasePath()) << '\n'
            << "packs: " << userPacksPath() << '\n'
            << "portable: " << (isPortable() ? "yes" : "no") << '\n';
        return 0;
    }

    static int checkContent(const QStringList &args)
    {
        QTextStream out(stdout);
        QTextStream err(stderr);
        bool json = false;
        bool strict = false;
        QString dir;
        QDate asOf;
        for (int i = 0; i < args.size(); ++i) {
            const QString &a = args.at(i);
            if (a == QLatin1String("--as-of")) {
                asOf = QDate::fromString(args.value(++i), Qt::ISODate);
                if (!asOf.isValid()) {
                    err << tr("check-content: --as-of needs a date written YYYY-MM-DD") << '\n';
                    return 2;
                }
            } else if (a == QLatin1String("--json")) {
                json = true;
            } else if (a == QLatin1String("--strict")) {
                strict = true;
            } else if (a.startsWith(QLatin1Char('-')) || !dir.isEmpty()) {
                err << tr("check-content: unexpected argument \"%1\"").arg(a) << '\n' << usage();
                return 2;
            } else {
                dir = a;
            }
        }
        if (dir.isEmpty())
            dir = shippedPackPath();
        PackLoadResult result = loadPack(dir, /*checkBodies=*/true);
        if (strict && result.course)
            result.issues += checkCourseQuality(*result.course);
        if (strict)
            treatStrictWarningsAsErrors(result.issues);
        if (result.course)
            result.issues += checkReviewDates(*result.course, asOf.isValid() ? asOf : QDate::currentDate(), asOf.isValid());
        const ContentSummary summary = summarize(result);
        if (json) {
            out << QJsonDocument(summaryJson(summary, result.issues)).toJson(QJsonDocument::Indented);
        } else {
            for (const ContentIssue &issue : result.issues)
                out << issue.toString() << '\n';
            out << summaryLine(summary) << '\n';
        }
        return result.isClean() ? 0 : 1;
    }
};

} // namespace

bool wantsCli(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (!std::strcmp(a, "--version") || !std::strcmp(a, "-v") || !std::strcmp(a, "--help")
            || !std::strcmp(a, "-h") || !std::strcmp(a, "check-content") || !std::strcmp(a, "paths")
            || !std::strcmp(a, "import-gift") || !std::strcmp(a, "import-moodle")
            || !std::strcmp(a, "export-moodle") || !std::strcmp(a, "export") || !std::strcmp(a, "bundle")
            || !std::strcmp(a, "reset-instructor") || !std::strcmp(a, "live-host") || (i == 1 && !std::strcmp(a, "db")))
            return true;
    }
    return false;
}

// PDF exports lay out text with the system's fonts, which takes a QGuiApplication; always on
// the offscreen platform, which needs no display, so the CLI still runs headless anywhere.
bool needsGui(int argc, char **argv)
{
    bool exporting = false, pdf = false;
    for (int i = 1; i < argc; ++i) {
        exporting = exporting || !std::strcmp(argv[i], "export");
        pdf = pdf || !std::strcmp(argv[i], "pdf") || !std::strcmp(argv[i], "certificate");
    }
    return exporting && pdf;
}

int run(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> application;
    QStringList args;
    if (needsGui(argc, argv)) {
        // QGuiApplication would take its own options out of the arguments (it eats
        // "--session ID" for session management), so it sees none of them.
        for (int i = 1; i < argc; ++i)
            args.append(QString::fromLocal8Bit(argv[i]));
        qputenv("QT_QPA_PLATFORM", "offscreen");
        static int guiArgc = 1;
        application = std::make_unique<QGuiApplication>(guiArgc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
        args = application->arguments().mid(1);
    }
    setApplicationIdentity();
    // Messages follow the system language, like the app's first start does.
    UiLanguage language;
    language.apply(UiLanguage::systemDefault(), nullptr);
    QTextStream out(stdout);
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        out << Cli::usage();
        return 0;
    }
    if (args.contains(QLatin1String("--version")) || args.contains(QLatin1String("-v"))) {
        out << "khien " << KHIEN_VERSION << '\n';
        return 0;
    }
    if (args.value(0) == QLatin1String("paths"))
        return Cli::paths();
    if (args.value(0) == QLatin1String("export"))
        return runExport(args.mid(1), language.code());
    if (args.value(0) == QLatin1String("reset-instructor"))
        return Cli::resetInstructor(args.mid(1));
    if (args.value(0) == QLatin1String("bundle"))
        return runBundle(args.mid(1));
    if (args.value(0) == QLatin1String("db"))
        return runDb(args.mid(1));
    if (args.value(0) == QLatin1String("live-host"))
        return runLiveHost(args.mid(1));
    if (args.value(0) == QLatin1String("import-gift"))
        return runImportGift(args.mid(1));
    if (args.value(0) == QLatin1String("import-moodle"))
        return runImportMoodle(args.mid(1));
    if (args.value(0) == QLatin1String("export-moodle"))
        return runExportMoodle(args.mid(1));
    const int at = int(args.indexOf(QLatin1String("check-content")));
    return Cli::checkContent(args.mid(at + 1));
}

} // namespace khien::cli
