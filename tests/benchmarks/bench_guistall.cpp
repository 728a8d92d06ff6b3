// How long the GUI thread goes without turning its event loop (a 5 ms QTimer records the
// longest gap between its ticks) while the instructor's slow operations run: unlock, a
// 200-trainee results-bundle import, the class PDF report of those 200 and the dashboard of a
// 1,000-trainee class. Each is measured the old way (the same core call made on the GUI thread) and the
// app's way (InstructorController, off the GUI thread). Budget: 50 ms; each figure is also given
// as a ratio to it. The pieces of work that still run on the GUI thread are logged as they run
// (logging category khien.timing), to say where a stall comes from.
// Not a test: run by hand (KHIEN_BENCH_DIR=/dev/shm makes generating the data quick).
#include "classdashboard.h"
#include "coursecatalog.h"
#include "datapaths.h"
#include "appcontroller.h"
#include "benchdir.h"
#include "exportservice.h"
#include "passphrase.h"
#include "pdfrenderers.h"
#include "resultsbundle.h"
#include "store.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <functional>

using namespace khien;

namespace {

constexpr int classSize = 1000;
constexpr int roomSize = 200;
constexpr int attemptsEach = 2;
constexpr int answersEach = 5;
constexpr qint64 budgetMs = 50;
const QString passphrase = QStringLiteral("Mật khẩu đo thời gian 2026");

// Trainees with finished attempts at the catalog's quizzes.
bool fill(Store &store, const CourseCatalog &catalog, int trainees, const QString &prefix)
{
    QVector<const Module *> quizzes;
    for (const Course &c : catalog.courses())
        for (const Module &m : c.modules)
            if (m.quiz)
                quizzes.append(&m);
    if (quizzes.isEmpty())
        return false;
    for (int t = 0; t < trainees; ++t) {
        const auto trainee = store.createTrainee(QStringLiteral("%1 %2 Nguyễn").arg(prefix).arg(t, 4, 10, QLatin1Char('0')), {});
        if (!trainee)
            return false;
        for (int a = 0; a < attemptsEach; ++a) {
            const Module &m = *quizzes[(t + a) % quizzes.size()];
            const auto attempt = store.startAttempt(trainee->id, m.id, m.quiz->id, QStringLiteral("1.0.0"),
                                                    QStringLiteral("vi"), m.quiz->passPercent, answersEach);
            if (!attempt)
                return false;
            for (int q = 0; q < answersEach; ++q) {
                AnswerRecord r;
                r.attemptId = *attempt;
                r.questionId = QStringLiteral("question-%1").arg(q);
                r.questionType = QStringLiteral("single");
                r.chosen = {QStringLiteral("a")};
                r.correct = true; // every answer right: the attempt is passed, as recorded below
                r.points = 1;
                r.timeTakenMs = 3000;
                r.language = QStringLiteral("vi");
                r.contentVersion = QStringLiteral("1.0.0");
                r.position = q;
                if (!store.recordAnswer(r))
                    return false;
            }
            if (!store.finishAttempt(*attempt, true))
                return false;
        }
    }
    return true;
}

// The longest gap between the ticks of a 5 ms timer on this thread while `run` works; `run`
// calls `done` when the operation has finished.
qint64 longestGap(const std::function<void(const std::function<void()> &done)> &run)
{
    QEventLoop loop;
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    clock.start();
    ticker.start();
    QTimer::singleShot(0, &loop, [&] { run([&] { loop.quit(); }); });
    loop.exec();
    ticker.stop();
    return std::max(longest, clock.elapsed() - last);
}

// longestGap, printed as it is measured (the whole run takes minutes).
qint64 measured(const char *what, const std::function<void(const std::function<void()> &done)> &run)
{
    const qint64 gap = longestGap(run);
    qInfo("  %s: %lld ms", what, qlonglong(gap));
    return gap;
}

// Runs an InstructorController operation and waits (in the event loop) for its end.
std::function<void(const std::function<void()> &)> onTask(InstructorController *ins, const std::function<bool()> &start)
{
    return [ins, start](const std::function<void()> &done) {
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(ins->task(), &BackgroundTask::finished, [connection, done](const OperationResult &r) {
            if (!r.ok)
                qWarning("%s failed: %s", qPrintable(r.operation), qPrintable(r.message));
            QObject::disconnect(*connection);
            done();
        });
        if (!start())
            qFatal("the task was busy");
    };
}

std::function<void(const std::function<void()> &)> onGuiThread(const std::function<void()> &work)
{
    return [work](const std::function<void()> &done) {
        work();
        done();
    };
}

void printStall(const char *what, qint64 before, qint64 after)
{
    qInfo("%-34s GUI thread blocked at most: before %5lld ms, after %3lld ms = %.2fx the %lld ms budget%s",
          what, qlonglong(before), qlonglong(after), double(after) / double(budgetMs), qlonglong(budgetMs),
          after > budgetMs ? "  OVER BUDGET" : "");
}

// The first three fields of /proc/loadavg: the figures mean little on a loaded machine.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("khien.timing.debug=true"));
    const auto dir = benchmarkDir();
    const QString classPath = dir->filePath(QStringLiteral("class.sqlite"));
    const QString copyPath = dir->filePath(QStringLiteral("class-copy.sqlite"));
    const QString roomPath = dir->filePath(QStringLiteral("room.sqlite"));
    const QString bundlePath = dir->filePath(QStringLiteral("room.khien-results"));
    const CourseCatalog catalog = CourseCatalog::load({shippedPackPath()});

    QElapsedTimer generating;
    generating.start();
    QString classId;
    ClassRecord importInto;
    {
        Store store;
        if (store.open(classPath) != Store::OpenError::None || !fill(store, catalog, classSize, QStringLiteral("Học viên")))
            qFatal("cannot generate the class: %s", qPrintable(store.lastError()));
        const auto big = store.createClass(QStringLiteral("Lớp 1000"));
        const auto target = store.createClass(QStringLiteral("Lớp nhận kết quả"));
        if (!big || !target)
            qFatal("cannot create the classes");
        for (const Trainee &t : store.trainees())
            (void)store.addToClass(big->id, t.id);
        classId = big->id;
        importInto = *target;
        if (!InstructorLock(store).setInitial(passphrase).isEmpty())
            qFatal("cannot set the passphrase");

        Store room;
        if (room.open(roomPath) != Store::OpenError::None || !fill(room, catalog, roomSize, QStringLiteral("Máy 7")))
            qFatal("cannot generate the room");
        QString error;
        const QByteArray bundle = exportBundle(room, {}, target->bundleKey, &error);
        if (bundle.isEmpty() || !writeBundleFile(bundlePath, bundle, &error))
            qFatal("cannot write the bundle: %s", qPrintable(error));
    }
    if (!QFile::copy(classPath, copyPath))
        qFatal("cannot copy the database");
    qInfo("generated a class of %d and a room of %d trainees (x %d attempts x %d answers) in %.1f s", classSize,
          roomSize, attemptsEach, answersEach, generating.elapsed() / 1000.0);

    // Before: the same core calls on the GUI thread, on a copy of the database.
    Store gui;
    if (gui.open(copyPath) != Store::OpenError::None)
        qFatal("cannot open the copy");
    const qint64 unlockBefore = measured("unlockBefore", onGuiThread([&] {
        (void)InstructorLock(gui).unlock(passphrase, QDateTime::currentDateTimeUtc());
    }));
    const DashboardScope scope{classId, {}, {}};
    const qint64 dashboardBefore = measured("dashboardBefore", onGuiThread([&] { (void)buildDashboard(gui, catalog, scope); }));
    const qint64 importBefore = measured("importBefore", onGuiThread([&] {
        QString error;
        const auto bytes = readBundleFile(bundlePath, &error);
        if (bytes)
            error = importBundle(gui, *bytes, importInto).error;
        if (!error.isEmpty())
            qWarning("import failed: %s", qPrintable(error));
    }));
    ExportRequest pdf;
    pdf.format = ExportFormat::ClassReportPdf;
    pdf.path = dir->filePath(QStringLiteral("before.pdf"));
    pdf.scope = DashboardScope{importInto.id, {}, {}}; // the 200 trainees just imported
    pdf.language = QStringLiteral("vi");
    const qint64 pdfBefore = measured("pdfBefore", onGuiThread([&] {
        if (ExportService(gui, catalog, report::pdfRenderers()).run(pdf).isError())
            qWarning("PDF export failed");
    }));
    gui.close();

    // After: through the controller the pages use.
    AppController controller(classPath, {shippedPackPath()});
    InstructorController *ins = controller.instructor();
    const qint64 unlockAfter = measured("unlockAfter", onTask(ins, [&] { return ins->unlock(passphrase); }));
    if (!ins->unlocked())
        qFatal("not unlocked");
    const qint64 dashboardAfter = measured("dashboardAfter", [&](const std::function<void()> &done) {
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(ins, &InstructorController::dashboardChanged, [connection, done, ins] {
            if (ins->dashboard()->count() == classSize) {
                QObject::disconnect(*connection);
                done();
            }
        });
        ins->openClass(classId);
    });
    ins->openClass(importInto.id);
    const qint64 importAfter = measured("importAfter", onTask(ins, [&] { return ins->importBundles({QUrl::fromLocalFile(bundlePath)}); }));
    const qint64 pdfAfter = measured("pdfAfter", onTask(ins, [&] {
        return ins->exportClass(QStringLiteral("pdf"), QUrl::fromLocalFile(dir->filePath(QStringLiteral("after.pdf"))), {});
    }));

    qInfo("load average at the end: %s", qPrintable(loadAverage()));
    printStall("unlock (PBKDF2)", unlockBefore, unlockAfter);
    printStall("dashboard, class of 1,000", dashboardBefore, dashboardAfter);
    printStall("results bundle of 200 trainees", importBefore, importAfter);
    printStall("class report PDF, 200 trainees", pdfBefore, pdfAfter);
    return 0;
}
