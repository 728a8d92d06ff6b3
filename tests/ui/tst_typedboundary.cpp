// The typed values and list models QML binds to, read through the real App controller over
// the test pack: the module page's detail, a lesson, the projector's slides, an attempt's
// review, the home page's assignments and the file chooser's places. Each model is also
// checked by QAbstractItemModelTester.
#include "appcontroller.h"
#include "classmodels.h"
#include "fileshelper.h"
#include "testpack.h"

#include <QAbstractItemModelTester>
#include <QtTest>

namespace {
// The role of `name` in `model`, or -1.
int roleOf(const QAbstractItemModel &model, const QByteArray &name)
{
    return model.roleNames().key(name, -1);
}
} // namespace

class TestTypedBoundary : public QObject
{
    Q_OBJECT

    QString pack() const { return testpack::dataDir() + QStringLiteral("/packs/good"); }

private slots:
    void moduleDetailIsTypedAndFollowsProgress()
    {
        QTemporaryDir dir;
        AppController app(dir.filePath(QStringLiteral("db.sqlite")), {pack()});
        QVERIFY(app.createTrainee(QStringLiteral("Lê Văn Tám"), {}).isEmpty());
        ModuleDetail d = app.moduleDetail(QStringLiteral("alpha"), QStringLiteral("en"));
        QCOMPARE(d.moduleId, QStringLiteral("alpha"));
        QCOMPARE(d.title, QStringLiteral("Test module"));
        QCOMPARE(d.summary, QStringLiteral("Summary of the test module."));
        QCOMPARE(d.objectives, QStringList{QStringLiteral("Recognise a fake message.")});
        QVERIFY(d.hasQuiz);
        QCOMPARE(d.quizTitle, QStringLiteral("Test quiz"));
        QCOMPARE(d.questionCount, 3);
        QCOMPARE(d.passPercent, 70);
        QCOMPARE(d.bestPercent, -1.0);
        QCOMPARE(d.lessons.size(), 1);
        QCOMPARE(d.lessons.at(0).value<ModuleLesson>().lessonId, QStringLiteral("alpha-lesson"));
        QVERIFY(!d.lessons.at(0).value<ModuleLesson>().read);

        app.markLessonRead(QStringLiteral("alpha"), QStringLiteral("alpha-lesson"));
        d = app.moduleDetail(QStringLiteral("alpha"), QStringLiteral("vi"));
        QCOMPARE(d.title, QStringLiteral("Mô-đun thử"));
        QCOMPARE(d.lessons.at(0).value<ModuleLesson>().title, QStringLiteral("Bài học thử"));
        QVERIFY(d.lessons.at(0).value<ModuleLesson>().read);
        // QML reads the same values by property name.
        QCOMPARE(QVariant::fromValue(d).value<ModuleDetail>().quizTitle, QStringLiteral("Câu hỏi thử"));

        QVERIFY(app.moduleDetail(QStringLiteral("no-such-module"), QStringLiteral("en")).moduleId.isEmpty());
    }

    void lessonContentHasSegmentsSourcesOrAnError()
    {
        QTemporaryDir dir;
        AppController app(dir.filePath(QStringLiteral("db.sqlite")), {pack()});
        const LessonContent lesson = app.lessonBody(QStringLiteral("alpha"), QStringLiteral("alpha-lesson"), QStringLiteral("en"));
        QCOMPARE(lesson.title, QStringLiteral("Test lesson"));
        QVERIFY(lesson.error.isEmpty());
        QVERIFY(lesson.markdown.contains(QStringLiteral("**lesson**")));
        QVERIFY(!lesson.segments.isEmpty());
        QVERIFY(lesson.segments.at(0).value<LessonPart>().html.contains(QStringLiteral("<b>lesson</b>")));
        QCOMPARE(lesson.sources.size(), 1);
        const LessonSource source = lesson.sources.at(0).value<LessonSource>();
        QCOMPARE(source.publisher, QStringLiteral("Example"));
        QCOMPARE(source.read, QStringLiteral("2026-11-23"));

        const LessonContent missing = app.lessonBody(QStringLiteral("alpha"), QStringLiteral("nope"), QStringLiteral("en"));
        QCOMPARE(missing.error, QStringLiteral("This lesson is not in the loaded content."));
        QVERIFY(missing.segments.isEmpty());
    }

    void projectorDeckModelHasOneRowPerSlide()
    {
        QTemporaryDir dir;
        AppController app(dir.filePath(QStringLiteral("db.sqlite")), {pack()});
        AppController::setInstance(&app);
        auto deck = std::make_unique<ProjectorDeckModel>();
        QAbstractItemModelTester tester(deck.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(deck.get(), &ProjectorDeckModel::slidesChanged);
        deck->setLanguage(QStringLiteral("en"));
        QCOMPARE(deck->rowCount(), 0); // no module yet
        deck->setModuleId(QStringLiteral("alpha"));
        QCOMPARE(changed.count(), 2);
        const QVector<ProjectorSlide> slides = app.projectorSlides(QStringLiteral("alpha"), QStringLiteral("en"));
        QVERIFY(slides.size() >= 5); // title, the lesson, three questions
        QCOMPARE(deck->rowCount(), slides.size());
        QCOMPARE(deck->property("count").toInt(), slides.size());
        QCOMPARE(deck->questionIds(), (QStringList{QStringLiteral("q-single"), QStringLiteral("q-multiple"),
                                                   QStringLiteral("q-tf")}));
        const QModelIndex first = deck->index(0);
        QCOMPARE(deck->data(first, roleOf(*deck, "kind")).toString(), QStringLiteral("title"));
        QCOMPARE(deck->data(first, ProjectorDeckModel::HeadingRole).toString(), QStringLiteral("Test module"));
        QCOMPARE(deck->slide(0).heading, QStringLiteral("Test module"));
        const int last = deck->rowCount() - 1;
        QCOMPARE(deck->slide(last).questionId, QStringLiteral("q-tf"));
        const QVariantList lines = deck->data(deck->index(last), ProjectorDeckModel::LinesRole).toList();
        QCOMPARE(lines.size(), 2);
        int correct = 0;
        for (const QVariant &l : lines)
            correct += l.value<ProjectorLine>().correct ? 1 : 0;
        QCOMPARE(correct, 1);
        QVERIFY(deck->slide(last + 1).kind.isEmpty());
        // Another language: the same slides, read again.
        deck->setLanguage(QStringLiteral("vi"));
        QCOMPARE(deck->rowCount(), slides.size());
        QCOMPARE(deck->slide(0).heading, QStringLiteral("Mô-đun thử"));

        deck->setModuleId(QStringLiteral("no-such-module"));
        QCOMPARE(deck->rowCount(), 0);
        QVERIFY(deck->questionIds().isEmpty());
        AppController::setInstance(nullptr);
    }

    void traineeModuleAndHistoryModelsHaveRoleEnums()
    {
        QTemporaryDir dir;
        AppController app(dir.filePath(QStringLiteral("db.sqlite")), {pack()});
        QAbstractItemModelTester trainees(app.trainees(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester modules(app.modules(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester history(app.history(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(app.trainees(), &ListModel::countChanged);
        QVERIFY(app.createTrainee(QStringLiteral("<b>Lê</b> Văn Tám"), QStringLiteral("10A")).isEmpty());
        QCOMPARE(count.count(), 1);
        TraineeListModel *t = app.trainees();
        QCOMPARE(t->count(), 1);
        const QModelIndex first = t->index(0);
        // Names are kept as typed; QML shows them as plain text.
        QCOMPARE(t->data(first, TraineeListModel::NameRole).toString(), QStringLiteral("<b>Lê</b> Văn Tám"));
        QCOMPARE(t->data(first, TraineeListModel::GroupRole).toString(), QStringLiteral("10A"));
        QCOMPARE(t->data(first, roleOf(*t, "traineeId")).toString(), t->traineeIdAt(0));
        QVERIFY(!t->traineeIdAt(0).isEmpty());
        QVERIFY(t->traineeIdAt(1).isEmpty());
        QVERIFY(t->traineeIdAt(-1).isEmpty());
        QVERIFY(!t->data(t->index(0), Qt::UserRole + 99).isValid());

        app.setLanguage(QStringLiteral("en"));
        ModuleListModel *m = app.modules();
        QVERIFY(m->count() >= 1);
        QCOMPARE(m->data(m->index(0), ModuleListModel::ModuleIdRole).toString(), QStringLiteral("alpha"));
        QCOMPARE(m->data(m->index(0), roleOf(*m, "title")).toString(), QStringLiteral("Test module"));
        QCOMPARE(m->data(m->index(0), ModuleListModel::QuestionCountRole).toInt(), 3);
        QCOMPARE(m->data(m->index(0), ModuleListModel::BestPercentRole).toDouble(), -1.0);
        app.setLanguage(QStringLiteral("vi"));
        QCOMPARE(m->data(m->index(0), ModuleListModel::TitleRole).toString(), QStringLiteral("Mô-đun thử"));

        QCOMPARE(app.history()->count(), 0);
        QVERIFY(app.startQuiz(QStringLiteral("alpha")));
        QVERIFY(app.quiz()->submit({QStringLiteral("a")})); // the history follows each answer
        QCOMPARE(app.history()->count(), 1);
        const QModelIndex attempt = app.history()->index(0);
        QCOMPARE(app.history()->data(attempt, HistoryModel::ModuleTitleRole).toString(), QStringLiteral("Mô-đun thử"));
        QCOMPARE(app.history()->data(attempt, HistoryModel::QuestionCountRole).toInt(), 3);
        QCOMPARE(app.history()->data(attempt, HistoryModel::AnsweredCountRole).toInt(), 1);
        QVERIFY(!app.history()->data(attempt, roleOf(*app.history(), "finished")).toBool());
    }

    void sessionChooserStartsWithAllModules()
    {
        const khien::CourseCatalog catalog = khien::CourseCatalog::load({pack()});
        SessionListModel plain;
        SessionListModel chooser(SessionListModel::FirstRow::AllModules);
        QAbstractItemModelTester tester(&chooser, QAbstractItemModelTester::FailureReportingMode::QtTest);
        khien::SessionRecord s;
        s.id = QStringLiteral("s1");
        s.title = QStringLiteral("Buổi 1");
        s.heldOn = QDate(2026, 12, 3);
        s.moduleIds = {QStringLiteral("alpha"), QStringLiteral("gone")};
        plain.reload({s}, catalog, QStringLiteral("en"));
        chooser.reload({s}, catalog, QStringLiteral("en"));
        QCOMPARE(plain.count(), 1);
        QCOMPARE(chooser.count(), 2);
        QVERIFY(chooser.data(chooser.index(0), SessionListModel::SessionIdRole).toString().isEmpty());
        QCOMPARE(chooser.data(chooser.index(0), SessionListModel::LabelRole).toString(), QStringLiteral("All modules"));
        QCOMPARE(chooser.data(chooser.index(1), SessionListModel::SessionIdRole).toString(), QStringLiteral("s1"));
        // A module no longer loaded shows by its id.
        QCOMPARE(plain.data(plain.index(0), SessionListModel::ModulesRole).toString(),
                 QStringLiteral("Test module · gone"));
        QVERIFY(chooser.data(chooser.index(1), SessionListModel::LabelRole).toString().endsWith(QStringLiteral(" · Buổi 1")));
        QCOMPARE(chooser.indexOfSession({}), 0);
        QCOMPARE(chooser.indexOfSession(QStringLiteral("s1")), 1);
        QCOMPARE(plain.indexOfSession(QStringLiteral("s1")), 0);
        QCOMPARE(chooser.indexOfSession(QStringLiteral("nope")), -1);
    }

    void reviewModelHasOneRowPerQuestion()
    {
        QTemporaryDir dir;
        AppController app(dir.filePath(QStringLiteral("db.sqlite")), {pack()});
        QVERIFY(app.createTrainee(QStringLiteral("Lê Văn Tám"), {}).isEmpty());
        QVERIFY(app.startQuiz(QStringLiteral("alpha")));
        QuizController *quiz = app.quiz();
        QVERIFY(quiz->submit({QStringLiteral("a")}));          // single: right
        quiz->next();
        QVERIFY(quiz->submit({QStringLiteral("c")}));          // multiple: wrong
        quiz->next();
        QVERIFY(quiz->submit({QStringLiteral("false")}));      // true/false: right
        quiz->next();
        QVERIFY(quiz->finished());
        const QString attempt = quiz->attemptId();

        AppController::setInstance(&app);
        auto review = std::make_unique<ReviewModel>();
        QAbstractItemModelTester tester(review.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(review.get(), &ReviewModel::countChanged);
        review->setLanguage(QStringLiteral("en"));
        review->setAttemptId(attempt);
        QCOMPARE(counted.count(), 1);
        QCOMPARE(review->rowCount(), 3);
        QCOMPARE(review->property("count").toInt(), 3);
        const QModelIndex second = review->index(1);
        QCOMPARE(review->data(second, roleOf(*review, "questionId")).toString(), QStringLiteral("q-multiple"));
        QCOMPARE(review->data(second, ReviewModel::TypeRole).toString(), QStringLiteral("multiple"));
        QCOMPARE(review->data(second, ReviewModel::PromptRole).toString(), QStringLiteral("Choose A and B."));
        QVERIFY(review->data(second, ReviewModel::AnsweredRole).toBool());
        QVERIFY(!review->data(second, ReviewModel::CorrectRole).toBool());
        QVERIFY(review->data(review->index(0), ReviewModel::CorrectRole).toBool());
        QStringList marks;
        for (const QVariant &l : review->data(second, ReviewModel::LinesRole).toList())
            marks.append(l.value<ReviewLine>().mark);
        QCOMPARE(marks, (QStringList{QStringLiteral("missed"), QStringLiteral("missed"), QStringLiteral("wrong")}));
        QCOMPARE(review->item(1).questionId, QStringLiteral("q-multiple"));
        QVERIFY(review->item(3).questionId.isEmpty());
        review->setLanguage(QStringLiteral("vi"));
        QCOMPARE(review->item(1).prompt, QStringLiteral("Chọn A và B."));

        // Another trainee sees nothing of it.
        QVERIFY(app.createTrainee(QStringLiteral("Trần Thị Mai"), {}).isEmpty());
        auto hidden = std::make_unique<ReviewModel>();
        hidden->setLanguage(QStringLiteral("en"));
        hidden->setAttemptId(attempt);
        QCOMPARE(hidden->rowCount(), 0);
        AppController::setInstance(nullptr);
    }

    void assignmentsModelIsEmptyWithoutAClass()
    {
        QTemporaryDir dir;
        AppController app(dir.filePath(QStringLiteral("db.sqlite")), {pack()});
        QAbstractItemModelTester tester(app.assignments(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(app.createTrainee(QStringLiteral("Lê Văn Tám"), {}).isEmpty());
        QCOMPARE(app.assignments()->rowCount(), 0);
        QCOMPARE(app.assignments()->roleNames().value(AssignmentListModel::ModulesRole), QByteArray("modules"));
        // Rows with a class and a session: tst_instructorflow.
    }

    void placesStartAtHome()
    {
        const QTemporaryDir home;
        qputenv("HOME", home.path().toUtf8());
        FilesHelper files;
        PlaceListModel *places = files.places();
        QAbstractItemModelTester tester(places, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(places->rowCount() >= 1);
        QCOMPARE(places->data(places->index(0), PlaceListModel::NameRole).toString(), QStringLiteral("Home"));
        QCOMPARE(places->data(places->index(0), roleOf(*places, "folder")).toUrl(), QUrl::fromLocalFile(home.path()));
        QVERIFY(QDir().mkpath(home.filePath(QStringLiteral("Documents"))));
        const int before = places->rowCount();
        QSignalSpy reset(places, &QAbstractItemModel::modelReset);
        files.refreshPlaces();
        QCOMPARE(reset.count(), 1);
        QVERIFY(places->rowCount() >= before);
    }
};

QTEST_GUILESS_MAIN(TestTypedBoundary)
#include "tst_typedboundary.moc"
