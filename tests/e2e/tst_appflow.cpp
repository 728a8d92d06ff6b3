// The App controller over a real database file: exam mode keeps feedback for the end,
// wrong answers come back in "practise my mistakes" until answered right, the grade policy
// picks the recorded grade, and a trainee can review only their own attempts.
#include "appcontroller.h"
#include "instructortask.h"
#include "datapaths.h"
#include "store.h"
#include "testpack.h"

#include <QtTest>

namespace {
// Answers the current choice question right or wrong, whatever order it was shown in.
bool answer(QuizController *quiz, bool right)
{
    QStringList chosen;
    const QString type = quiz->questionType();
    // The test pack's answers: single a, multiple a+b, truefalse false.
    if (type == QLatin1String("single"))
        chosen = {right ? QStringLiteral("a") : QStringLiteral("b")};
    else if (type == QLatin1String("multiple"))
        chosen = right ? QStringList{"a", "b"} : QStringList{"c"};
    else
        chosen = {right ? QStringLiteral("false") : QStringLiteral("true")};
    return quiz->submit(chosen);
}
} // namespace

class TestAppFlow : public QObject
{
    Q_OBJECT

    QString pack() const { return testpack::dataDir() + QStringLiteral("/packs/good"); }

    // A copy of the test pack whose quiz takes `quizAttributes`, with a trainee signed in
    // and the quiz started.
    static std::unique_ptr<AppController> startWith(const QTemporaryDir &dir, const QString &quizAttributes)
    {
        const QString packDir = testpack::copyPack(dir);
        if (!testpack::editFile(packDir + QStringLiteral("/modules/alpha.xml"), QStringLiteral("passPercent=\"70\""),
                                QStringLiteral("passPercent=\"70\" ") + quizAttributes))
            return {};
        auto app = std::make_unique<AppController>(dir.filePath(QStringLiteral("db.sqlite")), QStringList{packDir});
        if (!app->createTrainee(QStringLiteral("Lê Văn Tám"), {}).isEmpty() || !app->startQuiz(QStringLiteral("alpha")))
            return {};
        return app;
    }

private slots:
    void examModeShowsNothingUntilTheEnd()
    {
        QTemporaryDir dir;
        const auto started = startWith(dir, QStringLiteral("mode=\"exam\""));
        QVERIFY(started);
        AppController &app = *started;
        QuizController *quiz = app.quiz();
        QVERIFY(quiz->exam());
        QVERIFY(answer(quiz, false));
        QVERIFY(quiz->answered());
        QVERIFY(!quiz->showFeedback());
        for (const QVariant &o : quiz->options()) {
            QVERIFY(o.toMap().value(QStringLiteral("explanation")).toString().isEmpty());
            QVERIFY(!o.toMap().value(QStringLiteral("correct")).toBool());
        }
        QCOMPARE(quiz->remainingSeconds(), -1); // untimed unless the quiz sets a limit
        quiz->next();
        QVERIFY(answer(quiz, true));
        quiz->next();
        QVERIFY(answer(quiz, true));
        quiz->next();
        QVERIFY(quiz->finished());
        // At the end, the review has everything.
        const QVector<ReviewItem> review = app.reviewItems(quiz->attemptId(), QStringLiteral("en"));
        QCOMPARE(review.size(), 3);
        int explained = 0;
        for (const ReviewItem &item : review)
            for (const QVariant &line : item.lines)
                explained += line.value<ReviewLine>().explanation.isEmpty() ? 0 : 1;
        QCOMPARE(explained, 7); // 2 + 3 + 2 options, each explained
    }

    // Questions in the order asked, options in the order shown, and every option the trainee
    // picked marked as theirs, right or wrong. Shuffled attempts are replayed until both
    // orders have differed from the file's at least once.
    void reviewFollowsTheOrderShownAndMarksEveryChoice()
    {
        QTemporaryDir dir;
        const QString packDir = testpack::copyPack(dir);
        QVERIFY(testpack::editFile(packDir + QStringLiteral("/modules/alpha.xml"), QStringLiteral("shuffle=\"false\""),
                                   QStringLiteral("shuffle=\"true\"")));
        AppController app(dir.filePath(QStringLiteral("db.sqlite")), {packDir});
        QVERIFY(app.createTrainee(QStringLiteral("Lê Văn Tám"), {}).isEmpty());
        const QStringList fileQuestions{QStringLiteral("q-single"), QStringLiteral("q-multiple"), QStringLiteral("q-tf")};
        const QStringList fileOptions{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
        bool questionsMoved = false;
        bool optionsMoved = false;
        for (int run = 0; run < 40 && !(questionsMoved && optionsMoved); ++run) {
            QVERIFY(app.startQuiz(QStringLiteral("alpha")));
            QuizController *quiz = app.quiz();
            QStringList asked;
            QList<QStringList> shown;
            for (int q = 0; q < 3; ++q) {
                asked << quiz->questionId();
                QStringList texts;
                for (const QVariant &o : quiz->options())
                    texts << o.toMap().value(QStringLiteral("text")).toString();
                shown << texts;
                if (quiz->questionType() == QLatin1String("multiple"))
                    optionsMoved = optionsMoved || texts != fileOptions;
                QVERIFY(answer(quiz, quiz->questionType() != QLatin1String("multiple")));
                quiz->next();
            }
            QVERIFY(quiz->finished());
            questionsMoved = questionsMoved || asked != fileQuestions;
            const QVector<ReviewItem> review = app.reviewItems(quiz->attemptId(), QStringLiteral("en"));
            QCOMPARE(review.size(), 3);
            for (int q = 0; q < 3; ++q) {
                const ReviewItem &item = review.at(q);
                QCOMPARE(item.questionId, asked.at(q));
                QStringList texts;
                int chosenRight = 0;
                int chosenWrong = 0;
                for (const QVariant &l : item.lines) {
                    const ReviewLine line = l.value<ReviewLine>();
                    texts << line.text;
                    if (line.chosen)
                        ++(line.mark == QLatin1String("right") ? chosenRight : chosenWrong);
                }
                QCOMPARE(texts, shown.at(q));
                const bool wrongOnPurpose = item.type == QLatin1String("multiple");
                QCOMPARE(chosenRight, wrongOnPurpose ? 0 : 1);
                QCOMPARE(chosenWrong, wrongOnPurpose ? 1 : 0);
            }
        }
        QVERIFY(questionsMoved);
        QVERIFY(optionsMoved);
    }

    void anExamTimeLimitCountsDown()
    {
        QTemporaryDir dir;
        const auto app = startWith(dir, QStringLiteral("mode=\"exam\" timeLimitMinutes=\"1\""));
        QVERIFY(app);
        QVERIFY(app->quiz()->remainingSeconds() > 55);
        QVERIFY(app->quiz()->remainingSeconds() <= 60);
        QVERIFY(!app->quiz()->finished());
    }

    void wrongAnswersComeBackUntilAnsweredRight()
    {
        QTemporaryDir dir;
        AppController app(dir.filePath(QStringLiteral("db.sqlite")), {pack()});
        QVERIFY(app.createTrainee(QStringLiteral("Phạm Thị Hoa"), {}).isEmpty());
        QCOMPARE(app.dueMistakeCount(), 0);
        QVERIFY(!app.startPractice()); // nothing to practise yet
        QVERIFY(app.startQuiz(QStringLiteral("alpha")));
        QString missed;
        for (int i = 0; i < 3; ++i) {
            const bool right = i != 1;
            if (!right)
                missed = app.quiz()->questionId();
            QVERIFY(answer(app.quiz(), right));
            app.quiz()->next();
        }
        QVERIFY(app.quiz()->finished());
        QCOMPARE(app.dueMistakeCount(), 1);

        QVERIFY(app.startPractice());
        QuizController *practice = app.quiz();
        QVERIFY(practice->practice());
        QCOMPARE(practice->questionCount(), 1);
        QCOMPARE(practice->questionId(), missed);
        QVERIFY(answer(practice, true));
        QVERIFY(practice->showFeedback()); // practice shows feedback
        practice->next();
        QVERIFY(practice->finished());
        // Right once: moved to box 2, due again in a day, so nothing is due now.
        QCOMPARE(app.dueMistakeCount(), 0);
        // Practice rounds are not graded attempts.
        QCOMPARE(app.history()->count(), 1);
    }

    void gradePolicyChoosesTheRecordedGrade()
    {
        QTemporaryDir dir;
        AppController app(dir.filePath(QStringLiteral("db.sqlite")), {pack()});
        QVERIFY(app.createTrainee(QStringLiteral("Đỗ Minh"), {}).isEmpty());
        // First attempt all right (100%), second all wrong (0%).
        for (bool right : {true, false}) {
            QVERIFY(app.startQuiz(QStringLiteral("alpha")));
            for (int i = 0; i < 3; ++i) {
                QVERIFY(answer(app.quiz(), right));
                app.quiz()->next();
            }
            QTest::qWait(5); // distinct start times
        }
        auto grade = [&] { return app.modules()->data(app.modules()->index(0), ModuleListModel::BestPercentRole).toInt(); };
        QCOMPARE(app.gradePolicy(), QStringLiteral("best"));
        QCOMPARE(grade(), 100);
        // A trainee cannot change it: it is the same for everyone on the PC.
        QTest::ignoreMessage(QtWarningMsg, "Khiên: the grade policy is changed in instructor mode only");
        app.setGradePolicy(QStringLiteral("last"));
        QCOMPARE(app.gradePolicy(), QStringLiteral("best"));
        // The instructor can; the trainee then sees the grade it records.
        const QString trainee = app.traineeId();
        const QString passphrase = QStringLiteral("a classroom passphrase");
        QVERIFY(runToEnd(app.instructor(), [&] { return app.instructor()->setPassphrase(passphrase, passphrase); }).ok);
        auto asInstructor = [&](const QString &policy) {
            if (!app.instructor()->unlocked())
                QVERIFY(runToEnd(app.instructor(), [&] { return app.instructor()->unlock(passphrase); }).ok);
            app.setGradePolicy(policy);
            app.instructor()->lock();
            app.selectTrainee(trainee);
        };
        asInstructor(QStringLiteral("last"));
        QCOMPARE(grade(), 0);
        asInstructor(QStringLiteral("first"));
        QCOMPARE(grade(), 100);
        asInstructor(QStringLiteral("nonsense"));
        QCOMPARE(app.gradePolicy(), QStringLiteral("first"));
    }

    void importedGiftQuestionsCanBePlayedAtOnce()
    {
        QStandardPaths::setTestModeEnabled(true); // user packs go to a test location
        QCoreApplication::setOrganizationName(QStringLiteral("Khien"));
        QCoreApplication::setApplicationName(QStringLiteral("Khien"));
        QDir(khien::userPacksPath()).removeRecursively();
        QTemporaryDir dir;
        AppController app(dir.filePath(QStringLiteral("db.sqlite")), {pack()});
        QVERIFY(app.createTrainee(QStringLiteral("Cô Hạnh"), {}).isEmpty());
        const int before = app.modules()->count();
        const QUrl bank = QUrl::fromLocalFile(testpack::dataDir() + QStringLiteral("/gift/bank-vi.gift"));
        // Only an instructor adds questions to everyone's course.
        QVERIFY(!app.importBank(bank, QStringLiteral("vi"), QStringLiteral("bank")).error.isEmpty());
        QCOMPARE(app.modules()->count(), before);
        const QString trainee = app.traineeId();
        const QString passphrase = QStringLiteral("a classroom passphrase");
        QVERIFY(runToEnd(app.instructor(), [&] { return app.instructor()->setPassphrase(passphrase, passphrase); }).ok);
        const BankImportResult report = app.importBank(QUrl::fromLocalFile(testpack::dataDir() + QStringLiteral("/gift/bank-vi.gift")),
                                                  QStringLiteral("vi"), QStringLiteral("bank"));
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.skipped, QStringList{QStringLiteral("line 40 (essay): essay question: not a type Khiên can play")});
        QCOMPARE(report.warnings.size(), 2); // the answers without feedback
        QCOMPARE(app.modules()->count(), before + 1);
        app.instructor()->lock();
        app.selectTrainee(trainee);
        QVERIFY(app.startQuiz(QStringLiteral("bank")));
        QCOMPARE(app.quiz()->questionCount(), 10);
        // Only the warnings about the answers imported without feedback; no error.
        for (const QString &problem : app.contentProblems())
            QVERIFY2(problem.contains(QStringLiteral(": warning: ")), qPrintable(problem));
        QDir(khien::userPacksPath()).removeRecursively();
    }

    // A question without explanations loads (with a warning for check-content): the trainee
    // is not told that content "could not be loaded".
    void warningsAreNotContentProblems()
    {
        QTemporaryDir dir;
        AppController app(dir.filePath(QStringLiteral("db.sqlite")), {testpack::dataDir() + QStringLiteral("/packs/typed")});
        QVERIFY(app.createTrainee(QStringLiteral("An"), {}).isEmpty());
        QVERIFY(app.startQuiz(QStringLiteral("typed")));
        QVERIFY(app.contentProblems().isEmpty());
    }

    void aTraineeReviewsOnlyTheirOwnAttempts()
    {
        QTemporaryDir dir;
        AppController app(dir.filePath(QStringLiteral("db.sqlite")), {pack()});
        QVERIFY(app.createTrainee(QStringLiteral("An"), {}).isEmpty());
        QVERIFY(app.startQuiz(QStringLiteral("alpha")));
        const QString attempt = app.quiz()->attemptId();
        QVERIFY(answer(app.quiz(), true));
        QCOMPARE(app.reviewItems(attempt, QStringLiteral("vi")).size(), 3);
        QVERIFY(app.createTrainee(QStringLiteral("Bình"), {}).isEmpty()); // signs in as Bình
        QVERIFY(app.reviewItems(attempt, QStringLiteral("vi")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAppFlow)
#include "tst_appflow.moc"
