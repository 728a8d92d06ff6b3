// Instructor mode end to end through the App controller and a real database file: the
// passphrase gate, a class of 25 imported from a CSV file, a dated session that trainees
// see, six trainees answering, the dashboard and item analysis on those answers, every export
// format, certificates, and what a locked app no longer shows.
#include "appcontroller.h"
#include "instructortask.h"
#include "contentloader.h"
#include "testpack.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

namespace {

const QString passphrase = QStringLiteral("Lớp học an toàn 2026");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The test pack's quiz "alpha": single (right: a), multiple (a+b), truefalse (false).
bool answer(QuizController *quiz, bool right)
{
    const QString type = quiz->questionType();
    if (type == QLatin1String("single"))
        return quiz->submit({right ? QStringLiteral("a") : QStringLiteral("b")});
    if (type == QLatin1String("multiple"))
        return quiz->submit(right ? QStringList{"a", "b"} : QStringList{"c"});
    return quiz->submit({right ? QStringLiteral("false") : QStringLiteral("true")});
}

} // namespace

class TestInstructorFlow : public QObject
{
    Q_OBJECT

private slots:
    void classroomSession();
    void bundlesFromTheRoom();
    void contentDueForReview();
    void lockoutCountsDown();
    void sessionCardFollowsTheLanguage();
};

// After too many wrong passphrases the wait is shown and counts down every second (a fake
// clock stands in for the time), then tries are allowed again.
void TestInstructorFlow::lockoutCountsDown()
{
    QTemporaryDir dir;
    AppController app(dir.filePath(QStringLiteral("khien.sqlite")), {testpack::dataDir() + QStringLiteral("/packs/good")});
    InstructorController *ins = app.instructor();
    QDateTime now = QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);
    ins->setClock([&now] { return now; });
    QVERIFY(runToEnd(ins, [&] { return ins->setPassphrase(passphrase, passphrase); }).ok);
    ins->lock();
    QCOMPARE(ins->waitSeconds(), 0);
    QSignalSpy changes(ins, &InstructorController::waitChanged);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(runToEnd(ins, [&] { return ins->unlock(QStringLiteral("not the passphrase")); }).message, QStringLiteral("Wrong passphrase."));
    QCOMPARE(ins->waitSeconds(), 2); // the 4th wrong try waits 2 seconds
    QVERIFY(!runToEnd(ins, [&] { return ins->unlock(passphrase); }).ok); // not even checked while the wait runs
    QVERIFY(!ins->unlocked());
    const int before = int(changes.count());
    now = now.addSecs(1);
    QTRY_VERIFY_WITH_TIMEOUT(changes.count() > before, 2500); // the countdown ticks by itself
    QCOMPARE(ins->waitSeconds(), 1);
    now = now.addSecs(1);
    QTRY_COMPARE_WITH_TIMEOUT(ins->waitSeconds(), 0, 2500);
    const int atEnd = int(changes.count());
    QTest::qWait(1500);
    QVERIFY(changes.count() <= atEnd + 1); // the timer stops once the wait is over
    QCOMPARE(runToEnd(ins, [&] { return ins->unlock(passphrase); }).message, QString());
    QVERIFY(ins->unlocked());
}

// The trainee's assigned-session card is a property re-read when the language changes:
// the date and the module titles follow it.
void TestInstructorFlow::sessionCardFollowsTheLanguage()
{
    QTemporaryDir dir;
    AppController app(dir.filePath(QStringLiteral("khien.sqlite")), {testpack::dataDir() + QStringLiteral("/packs/good")});
    app.setLanguage(QStringLiteral("en"));
    InstructorController *ins = app.instructor();
    QVERIFY(runToEnd(ins, [&] { return ins->setPassphrase(passphrase, passphrase); }).ok);
    QVERIFY(ins->createClass(QStringLiteral("Lớp 10A1")).isEmpty());
    ins->addTrainees(QStringLiteral("Nguyễn Thị Ánh"));
    QCOMPARE(ins->members()->count(), 1);
    const QString trainee = ins->members()->traineeIdAt(0);
    const QDate today = QDate::currentDate();
    QCOMPARE(ins->createSession(QStringLiteral("Buổi 1"), today.toString(Qt::ISODate), {QStringLiteral("alpha")}), QString());
    ins->lock();
    app.selectTrainee(trainee);

    const auto card = [&app] {
        const AssignmentListModel *model = app.assignments();
        const QModelIndex first = model->index(0);
        return QStringList{model->data(first, AssignmentListModel::DateRole).toString(),
                           model->data(first, AssignmentListModel::ModulesRole).toList().value(0).value<AssignedModuleEntry>().title};
    };
    QCOMPARE(card(), (QStringList{QLocale(QLocale::English, QLocale::UnitedKingdom).toString(today, QStringLiteral("d MMM yyyy")),
                                  QStringLiteral("Test module")}));
    QSignalSpy changed(app.assignments(), &QAbstractItemModel::modelReset);
    app.setLanguage(QStringLiteral("vi"));
    QVERIFY(changed.count() >= 1); // the model was reloaded in the new language
    QCOMPARE(card(), (QStringList{today.toString(QStringLiteral("dd/MM/yyyy")), QStringLiteral("Mô-đun thử")}));
}

// The instructor's home lists content whose review-by date is past or within 60 days.
void TestInstructorFlow::contentDueForReview()
{
    khien::PackLoadResult r = khien::loadPack(testpack::dataDir() + QStringLiteral("/packs/good"));
    QVERIFY(r.isClean());
    khien::Module &m = r.course->modules[0];
    m.lessons[0].reviewBy = QStringLiteral("2027-01-15");
    m.quiz->questions[0].reviewBy = QStringLiteral("2026-11-30");
    m.lessons[0].sources[0].reviewBy = QStringLiteral("2027-12-31"); // too far off to list
    const QStringList lines = InstructorController::reviewNotice({*r.course}, QDate(2026, 12, 3), QStringLiteral("en"));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.first().contains(QStringLiteral("(overdue)")) && lines.first().contains(QStringLiteral("Test module: question \"q-single\"")),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY2(lines.last().startsWith(QStringLiteral("by ")) && lines.last().endsWith(QStringLiteral("lesson \"alpha-lesson\"")),
             qPrintable(lines.last()));
    QVERIFY(InstructorController::reviewNotice({*r.course}, QDate(2026, 9, 1), QStringLiteral("en")).isEmpty());
}

void TestInstructorFlow::classroomSession()
{
    QTemporaryDir dir;
    AppController app(dir.filePath(QStringLiteral("khien.sqlite")),
                      {testpack::dataDir() + QStringLiteral("/packs/good"),
                       testpack::dataDir() + QStringLiteral("/packs/types")});
    InstructorController *ins = app.instructor();

    // A trainee at the PC when the instructor arrives is signed out by unlocking.
    QVERIFY(app.createTrainee(QStringLiteral("Lê Văn Tám"), {}).isEmpty());
    QVERIFY(!app.traineeId().isEmpty());
    QVERIFY(!ins->passphraseSet());
    QVERIFY(!runToEnd(ins, [&] { return ins->setPassphrase(QStringLiteral("ngắn"), QStringLiteral("ngắn")); }).ok);
    QVERIFY(!runToEnd(ins, [&] { return ins->setPassphrase(passphrase, passphrase + QLatin1Char('x')); }).ok);
    QVERIFY(!ins->unlocked());
    QCOMPARE(ins->createClass(QStringLiteral("Lớp 10A1")), QStringLiteral("Unlock instructor mode first."));
    QCOMPARE(runToEnd(ins, [&] { return ins->setPassphrase(passphrase, passphrase); }).message, QString());
    QVERIFY(ins->unlocked());
    QVERIFY(app.traineeId().isEmpty());
    for (const QString &file : {QStringLiteral("khien.sqlite"), QStringLiteral("khien.sqlite-wal")})
        QVERIFY(!readAll(dir.filePath(file)).contains(passphrase.toUtf8()));
    QVERIFY(!readAll(dir.filePath(QStringLiteral("khien.sqlite-wal"))).isEmpty()); // the check read something

    // A class of 25 from the kind of file a school office sends.
    QCOMPARE(ins->createClass(QStringLiteral("Lớp 10A1")), QString());
    // Any case, refused by the database (one rule for every PC sharing it), said in words.
    QCOMPARE(ins->createClass(QStringLiteral("LỚP 10A1")), QStringLiteral("A class named \"LỚP 10A1\" already exists."));
    QByteArray csv = "\xEF\xBB\xBF" "Họ và tên;Ngày sinh\r\n";
    csv += "=HYPERLINK(\"http://x\");2009-01-01\r\nNguyễn Thị Ánh;2009-02-02\r\n";
    for (int i = 3; i <= 25; ++i)
        csv += QStringLiteral("Học viên %1;2009-03-03\r\n").arg(i, 2, 10, QLatin1Char('0')).toUtf8();
    const QString listPath = dir.filePath(QStringLiteral("lop10a1.csv"));
    QFile list(listPath);
    QVERIFY(list.open(QIODevice::WriteOnly) && list.write(csv) == csv.size());
    list.close();
    const OperationResult imported = ins->importTraineeNames(QUrl::fromLocalFile(listPath));
    QVERIFY2(imported.ok, qPrintable(imported.message));
    QCOMPARE(ins->members()->count(), 25);
    QVERIFY(ins->addTrainees(QStringLiteral("Nguyễn Thị Ánh\n")).message.contains(QLatin1String("skipped")));
    QCOMPARE(ins->members()->count(), 25);
    QVERIFY(!ins->importTraineeNames(QUrl::fromLocalFile(dir.filePath(QStringLiteral("missing.csv")))).ok);
    QCOMPARE(ins->classKey().size(), 39);

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QVERIFY(!ins->createSession(QStringLiteral("Buổi 1"), QStringLiteral("23/11/2026"), {QStringLiteral("alpha")}).isEmpty());
    QVERIFY(!ins->createSession(QStringLiteral("Buổi 1"), today, {}).isEmpty());
    QCOMPARE(ins->createSession(QStringLiteral("Buổi 1 – Nhận diện lừa đảo"), today, {QStringLiteral("alpha")}), QString());
    QCOMPARE(ins->sessions()->count(), 1);
    const QString classId = ins->classId();
    QStringList members;
    for (int i = 0; i < ins->members()->count(); ++i)
        members.append(ins->members()->traineeIdAt(i));
    ins->lock();
    QVERIFY(!ins->unlocked());
    QVERIFY(ins->classKey().isEmpty());
    QCOMPARE(ins->classes()->count(), 0);

    // Six trainees sign in, see the session, and answer.
    QStringList attempts;
    for (int i = 0; i < 6; ++i) {
        app.selectTrainee(members.at(i));
        const AssignmentListModel *assigned = app.assignments();
        QCOMPARE(assigned->rowCount(), 1);
        QCOMPARE(assigned->data(assigned->index(0), AssignmentListModel::TitleRole).toString(), QStringLiteral("Buổi 1 – Nhận diện lừa đảo"));
        QCOMPARE(assigned->data(assigned->index(0), AssignmentListModel::ModulesRole).toList().size(), 1);
        QVERIFY(app.startQuiz(QStringLiteral("alpha")));
        QuizController *quiz = app.quiz();
        for (int q = 0; q < 3; ++q) {
            const QString type = quiz->questionType();
            const bool right = type == QLatin1String("single") ? i < 4
                    : type == QLatin1String("multiple")        ? i % 2 == 0
                                                               : i != 5;
            QVERIFY(answer(quiz, right));
            quiz->next();
        }
        QVERIFY(quiz->finished());
        attempts.append(quiz->attemptId());
    }
    // Trainee 5 cannot see trainee 0's answers.
    QVERIFY(app.reviewItems(attempts.at(0), QStringLiteral("en")).isEmpty());
    QVERIFY(!app.reviewItems(attempts.at(5), QStringLiteral("en")).isEmpty());
    app.signOut();

    QVERIFY(!runToEnd(ins, [&] { return ins->unlock(QStringLiteral("không phải mật khẩu")); }).ok);
    QVERIFY(!ins->unlocked());
    QCOMPARE(runToEnd(ins, [&] { return ins->unlock(passphrase); }).message, QString());
    ins->openClass(classId);

    // The dashboard: 25 rows; the six who answered have grades. Qt checks the models'
    // contracts through every change below.
    DashboardModel *board = ins->dashboard();
    const QAbstractItemModelTester boardTester(board, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QAbstractItemModelTester columnsTester(ins->dashboardModules(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QAbstractItemModelTester itemsTester(ins->itemAnalysis(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(board->count(), 25);
    QCOMPARE(ins->dashboardModules()->count(), 2); // the test packs' modules: alpha, types
    board->sortBy(0); // alpha's grade, best first
    QCOMPARE(qRound(board->rowAt(0).cells.at(0).grade), 100);
    QCOMPARE(qRound(board->rowAt(2).cells.at(0).grade), 67);
    QCOMPARE(qRound(board->rowAt(5).cells.at(0).grade), 0);
    QCOMPARE(qRound(board->rowAt(6).cells.at(0).grade), -1);
    // What a delegate reads: the row's roles, each cell a dashboardCell.
    const QModelIndex first = board->index(0);
    QCOMPARE(board->data(first, DashboardModel::CellsRole).toList().at(0).value<DashboardCellView>().grade, 100.0);
    QCOMPARE(board->data(first, DashboardModel::NameRole).toString(), board->rowAt(0).name);
    board->setFilter(QStringLiteral("nguyen thi anh"));
    QCOMPARE(board->count(), 1);
    QCOMPARE(board->rowAt(0).name, QStringLiteral("Nguyễn Thị Ánh"));
    board->setFilter({});
    ins->setDashboardSessionId(ins->sessions()->data(ins->sessions()->index(0), SessionListModel::SessionIdRole).toString());
    DashboardColumnModel *columns = ins->dashboardModules();
    QCOMPARE(columns->count(), 1);
    QCOMPARE(columns->data(columns->index(0), DashboardColumnModel::PassShareRole).toDouble(), 2.0 / 25);
    QCOMPARE(columns->data(columns->index(0), DashboardColumnModel::ModuleIdRole).toString(), QStringLiteral("alpha"));

    // Item analysis of alpha over the six: single right for 4, "b" chosen by 2; totals
    // 3,2,3,2,2,0 give an upper-lower index of 1 - 1/3 for it.
    ItemAnalysisModel *items = ins->itemAnalysis();
    QCOMPARE(items->count(), 0); // no module chosen yet
    ins->setItemAnalysisModuleId(QStringLiteral("alpha"));
    QCOMPARE(items->count(), 3);
    QVERIFY(items->answered());
    bool sawSingle = false;
    for (int i = 0; i < items->count(); ++i) {
        const auto item = [&](ItemAnalysisModel::Role role) { return items->data(items->index(i), role); };
        QCOMPARE(item(ItemAnalysisModel::PositionRole).toInt(), i + 1);
        QCOMPARE(item(ItemAnalysisModel::RespondentsRole).toInt(), 6);
        if (item(ItemAnalysisModel::TypeRole).toString() != QLatin1String("single"))
            continue;
        sawSingle = true;
        QCOMPARE(item(ItemAnalysisModel::SharePercentRole).toInt(), 67);
        QCOMPARE(item(ItemAnalysisModel::WrongCountRole).toInt(), 2);
        QVERIFY(!item(ItemAnalysisModel::WrongTextRole).toString().isEmpty());
        QVERIFY(qAbs(item(ItemAnalysisModel::DiscriminationRole).toDouble() - 2.0 / 3) < 1e-9);
    }
    QVERIFY(sawSingle);

    // The instructor reviews anyone's attempt.
    QVERIFY(!app.reviewItems(attempts.at(0), QStringLiteral("vi")).isEmpty());
    QVERIFY(!ins->showTrainee(members.at(0)).isEmpty());
    QCOMPARE(ins->traineeHistory()->count(), 1);

    // Every export format, written where asked.
    const QString csvOut = dir.filePath(QStringLiteral("diem.csv"));
    QVERIFY(runToEnd(ins, [&] { return ins->exportClass(QStringLiteral("csv"), QUrl::fromLocalFile(csvOut), QStringLiteral(";")); }).ok);
    const QByteArray summary = readAll(csvOut);
    QVERIFY(summary.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(summary.count("\r\n"), 1 + 25); // the session's one module of two
    QVERIFY(summary.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
    QVERIFY(summary.contains(QStringLiteral("Nguyễn Thị Ánh").toUtf8()));
    const QString answersOut = dir.filePath(QStringLiteral("tung-cau.csv"));
    QVERIFY(runToEnd(ins, [&] { return ins->exportClass(QStringLiteral("answers-csv"), QUrl::fromLocalFile(answersOut), QStringLiteral(",")); }).ok);
    QCOMPARE(readAll(answersOut).count("\r\n"), 1 + 6 * 3);
    const QString xapiOut = dir.filePath(QStringLiteral("xapi.json"));
    QVERIFY(runToEnd(ins, [&] { return ins->exportClass(QStringLiteral("xapi"), QUrl::fromLocalFile(xapiOut), {}); }).ok);
    QCOMPARE(QJsonDocument::fromJson(readAll(xapiOut)).array().size(), 6 * (3 + 2));
    const QString pdfOut = dir.filePath(QStringLiteral("bao-cao.pdf"));
    const OperationResult pdf = runToEnd(ins, [&] { return ins->exportClass(QStringLiteral("pdf"), QUrl::fromLocalFile(pdfOut), {}); });
    QVERIFY2(pdf.ok, qPrintable(pdf.message));
    QVERIFY(readAll(pdfOut).startsWith("%PDF"));
    QVERIFY(!runToEnd(ins, [&] { return ins->exportClass(QStringLiteral("pdf"), QUrl::fromLocalFile(dir.filePath(QStringLiteral("no/such/dir/x.pdf"))), {}); }).ok);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("no/such/dir/x.pdf"))));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess p;
        p.start(pdftotext, {pdfOut, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(text.contains(QStringLiteral("Lớp 10A1")));
        QVERIFY(text.contains(QStringLiteral("Nguyễn Thị Ánh")));
        QVERIFY(text.contains(QStringLiteral("=HYPERLINK(\"http://x\")")));
    }

    // Certificates: only for what was passed.
    const QString passedId = board->rowAt(0).traineeId;
    ins->setDashboardSessionId({});
    const QString certificate = dir.filePath(QStringLiteral("chung-nhan.pdf"));
    QVERIFY(runToEnd(ins, [&] { return ins->exportCertificate(passedId, QUrl::fromLocalFile(certificate), QStringLiteral("Trung tâm Tin học")); }).ok);
    QVERIFY(readAll(certificate).startsWith("%PDF"));
    QVERIFY(!runToEnd(ins, [&] { return ins->exportCertificate(members.at(24), QUrl::fromLocalFile(certificate), {}); }).ok);

    // Locked again: nothing of the class is reachable.
    ins->lock();
    QCOMPARE(ins->itemAnalysis()->count(), 0);
    QCOMPARE(ins->dashboard()->count(), 0);
    QVERIFY(app.reviewItems(attempts.at(0), QStringLiteral("vi")).isEmpty());
    QVERIFY(!runToEnd(ins, [&] { return ins->exportClass(QStringLiteral("csv"), QUrl::fromLocalFile(csvOut), {}); }).ok);
}

// A room PC saves its results with the class key typed in; the instructor imports the file
// twice (the second time adds nothing) and a tampered copy is refused with nothing changed.
void TestInstructorFlow::bundlesFromTheRoom()
{
    QTemporaryDir dir;
    const QStringList packs{testpack::dataDir() + QStringLiteral("/packs/good")};
    AppController teacher(dir.filePath(QStringLiteral("teacher.sqlite")), packs);
    InstructorController *ins = teacher.instructor();
    QCOMPARE(runToEnd(ins, [&] { return ins->setPassphrase(passphrase, passphrase); }).message, QString());
    QCOMPARE(ins->createClass(QStringLiteral("Lớp 11B")), QString());
    const QString key = ins->classKey();

    const QString bundle = dir.filePath(QStringLiteral("may-3.khien-results"));
    {
        AppController room(dir.filePath(QStringLiteral("room.sqlite")), packs);
        QVERIFY(room.createTrainee(QStringLiteral("Võ Thị Sáu"), {}).isEmpty());
        QVERIFY(room.startQuiz(QStringLiteral("alpha")));
        for (int q = 0; q < 3; ++q) {
            QVERIFY(answer(room.quiz(), true));
            room.quiz()->next();
        }
        QVERIFY(room.quiz()->finished());
        room.signOut();
        InstructorController *roomIns = room.instructor();
        QCOMPARE(runToEnd(roomIns, [&] { return roomIns->setPassphrase(passphrase, passphrase); }).message, QString());
        QVERIFY(!runToEnd(roomIns, [&] { return roomIns->exportBundle(QUrl::fromLocalFile(bundle), QStringLiteral("not a key")); }).ok);
        QVERIFY(!QFile::exists(bundle));
        QString typed = key.toLower();
        typed.remove(QLatin1Char('-'));
        const OperationResult saved = runToEnd(roomIns, [&] { return roomIns->exportBundle(QUrl::fromLocalFile(bundle), typed); });
        QVERIFY2(saved.ok, qPrintable(saved.message));
    }

    OperationResult first = runToEnd(ins, [&] { return ins->importBundles({QUrl::fromLocalFile(bundle)}); });
    QVERIFY2(first.ok, qPrintable(first.message));
    QCOMPARE(ins->members()->count(), 1);
    QCOMPARE(ins->dashboard()->rowAt(0).name, QStringLiteral("Võ Thị Sáu"));
    QCOMPARE(qRound(ins->dashboard()->rowAt(0).cells.at(0).grade), 100);
    const OperationResult again = runToEnd(ins, [&] { return ins->importBundles({QUrl::fromLocalFile(bundle)}); });
    QVERIFY(again.message.contains(QLatin1String("attempts added: 0, already on this PC: 1")));
    QVERIFY2(first.message.contains(QLatin1String("trainees new on this PC: 1, joined the class: 1;")),
             qPrintable(first.message));
    // A trainee already on this PC who is no longer a member is not new but joins again,
    // and the report says so.
    QVERIFY(ins->removeMember(ins->members()->traineeIdAt(0)));
    QCOMPARE(ins->members()->count(), 0);
    const OperationResult joined = runToEnd(ins, [&] { return ins->importBundles({QUrl::fromLocalFile(bundle)}); });
    QVERIFY2(joined.message.contains(QLatin1String("trainees new on this PC: 0, joined the class: 1;")),
             qPrintable(joined.message));
    QCOMPARE(ins->members()->count(), 1);

    QByteArray tampered = readAll(bundle);
    const qsizetype at = tampered.indexOf("Võ Thị Sáu");
    QVERIFY(at > 0);
    tampered[at] = 'X';
    const QString bad = dir.filePath(QStringLiteral("may-3-sua.khien-results"));
    QFile out(bad);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(tampered) == tampered.size());
    out.close();
    const OperationResult refused = runToEnd(ins, [&] { return ins->importBundles({QUrl::fromLocalFile(bad)}); });
    QVERIFY(refused.message.contains(QLatin1String("refused")));
    QCOMPARE(ins->members()->count(), 1);
    QCOMPARE(ins->dashboard()->rowAt(0).name, QStringLiteral("Võ Thị Sáu"));
}

QTEST_MAIN(TestInstructorFlow)
#include "tst_instructorflow.moc"
