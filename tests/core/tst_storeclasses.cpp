// Tests of schema 3: attempt totals kept by the database, classes, members and sessions, the
// class key, and the migration from a real version-2 file.
#include "classkey.h"
#include "store.h"
#include "testdatabase.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace khien;

namespace {

using testdb::rawValue;

AnswerRecord answer(const QString &attemptId, const QString &questionId, double points,
                    qint64 ms)
{
    AnswerRecord a;
    a.attemptId = attemptId;
    a.questionId = questionId;
    a.questionType = QStringLiteral("single");
    a.chosen = {QStringLiteral("a")};
    a.correct = points >= 1;
    a.points = points;
    a.timeTakenMs = ms;
    a.language = QStringLiteral("vi");
    a.contentVersion = QStringLiteral("1.0.0");
    return a;
}

} // namespace

class TestStoreClasses : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { KHIEN_REQUIRE_TEST_BACKEND(); }
    void init();
    void cleanup();
    void migratesFromVersion2Fixture();
    void attemptTotalsFollowEveryAnswer();
    void classNamesAreUniqueIgnoringCase();
    void addsTypedNamesAllOrNothing();
    void traineesWhoSignedUpFirstAreLinkedNotDuplicated();
    void deletingAClassKeepsTrainees();
    void sessionsAssignModulesInOrder();
    void progressOfOneClass();
    void classKeys();

private:
    QString dbPath() const { return testdb::location(m_dir->filePath(QStringLiteral("khien.sqlite"))); }
    std::unique_ptr<QTemporaryDir> m_dir;
    Store m_store;
};

void TestStoreClasses::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QCOMPARE(m_store.open(dbPath()), Store::OpenError::None);
}

void TestStoreClasses::cleanup()
{
    m_store.close();
}

void TestStoreClasses::migratesFromVersion2Fixture()
{
    KHIEN_SQLITE_ONLY();
    m_store.close();
    const QString path = m_dir->filePath(QStringLiteral("v2.sqlite"));
    QVERIFY(QFile::copy(qEnvironmentVariable("KHIEN_TEST_DATA_DIR") + "/db/v2-sample.sqlite", path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), 2);

    Store store;
    QCOMPARE(store.open(path), Store::OpenError::None);
    QCOMPARE(store.fileSchemaVersion(), Store::schemaVersion);
    const QString trainee = QStringLiteral("5f0c1e52-7a43-4b8e-9d2f-0c6a1b2d3e4f");
    const auto finished = store.attempt(QStringLiteral("b8e4d3c2-1f0a-4b9c-9d8e-7f6a5b4c3d2e"));
    QVERIFY(finished);
    QCOMPARE(finished->score, 1.5); // the totals were computed from the old answers
    QCOMPARE(finished->answeredCount, 3);
    QCOMPARE(finished->mode, QStringLiteral("exam"));
    QCOMPARE(store.decisions(finished->id).size(), 2);
    const auto open = store.unfinishedAttempt(trainee, QStringLiteral("incident-quiz"));
    QVERIFY(open);
    QCOMPARE(open->score, 1.0);
    QCOMPARE(open->questionOrder.size(), 3);

    const ModuleProgress p = store.progress(trainee).value(QStringLiteral("incident"));
    QCOMPARE(p.finishedAttempts, 1);
    QCOMPARE(p.bestPercent, 37.5);
    QCOMPARE(p.timeSpentMs, qint64(5000 + 30000 + 2500 + 1200));

    // The interrupted attempt goes on, and the trigger keeps its totals.
    QVERIFY(store.recordAnswer(answer(open->id, QStringLiteral("inc-1"), 1, 800)));
    QCOMPARE(store.attempt(open->id)->score, 2.0);
    QCOMPARE(store.attempt(open->id)->answeredCount, 2);
    QVERIFY(store.classes().isEmpty());
    QVERIFY(store.classesOf(trainee).isEmpty());
    store.close();
    QCOMPARE(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), Store::schemaVersion);
}

void TestStoreClasses::attemptTotalsFollowEveryAnswer()
{
    const auto t = m_store.createTrainee(QStringLiteral("Lê Thu"), {});
    QVERIFY(t);
    const auto id = m_store.startAttempt(t->id, QStringLiteral("m"), QStringLiteral("q"),
                                         QStringLiteral("1"), QStringLiteral("vi"), 50, 3);
    QVERIFY(id);
    QVERIFY(m_store.recordAnswer(answer(*id, QStringLiteral("q1"), 1, 1000)));
    QVERIFY(m_store.recordAnswer(answer(*id, QStringLiteral("q2"), 0.5, 2500)));
    QVERIFY(!m_store.recordAnswer(answer(*id, QStringLiteral("q2"), 1, 10))); // refused twice
    const auto a = m_store.attempt(*id);
    QCOMPARE(a->score, 1.5);
    QCOMPARE(a->answeredCount, 2);
    QCOMPARE(m_store.progress(t->id).value(QStringLiteral("m")).timeSpentMs, qint64(3500));
    QCOMPARE(m_store.progress(t->id).value(QStringLiteral("m")).finishedAttempts, 0);
    QVERIFY(m_store.finishAttempt(*id, true));
    QCOMPARE(m_store.progress(t->id).value(QStringLiteral("m")).bestPercent, 50.0);
}

void TestStoreClasses::classNamesAreUniqueIgnoringCase()
{
    const auto c = m_store.createClass(QStringLiteral("  Lớp an toàn thông tin  "));
    QVERIFY(c);
    QCOMPARE(c->name, QStringLiteral("Lớp an toàn thông tin"));
    QVERIFY(normalizeClassKey(c->bundleKey) == c->bundleKey);
    QVERIFY(!m_store.createClass(QStringLiteral("LỚP AN TOÀN THÔNG TIN")));
    QVERIFY(m_store.lastError().contains(QLatin1String("already exists")));
    QVERIFY(!m_store.createClass(QStringLiteral("   ")));
    QCOMPARE(m_store.classNamed(QStringLiteral("lớp an toàn thông tin"))->id, c->id);
    const auto other = m_store.createClass(QStringLiteral("10A2"));
    QVERIFY(other);
    QVERIFY(other->bundleKey != c->bundleKey);
    QCOMPARE(m_store.classes().size(), 2);
    QCOMPARE(m_store.classes().first().name, QStringLiteral("10A2"));
}

void TestStoreClasses::addsTypedNamesAllOrNothing()
{
    const auto c = m_store.createClass(QStringLiteral("10A1"));
    QVERIFY(c);
    const auto added = m_store.addNewTraineesToClass(
            c->id, {QStringLiteral("Nguyễn Văn Yến"), QStringLiteral("Đặng Ánh"),
                    QStringLiteral(" nguyễn văn yến "), QStringLiteral("=HYPERLINK(\"http://x\")")});
    QCOMPARE(added, std::optional<int>(3));
    const QVector<Trainee> members = m_store.classMembers(c->id);
    QCOMPARE(members.size(), 3);
    // Vietnamese order: "=" first, then "Đặng" (after D, before N), then "Nguyễn".
    QCOMPARE(members.at(1).displayName, QStringLiteral("Đặng Ánh"));
    QCOMPARE(members.at(2).displayName, QStringLiteral("Nguyễn Văn Yến"));
    QCOMPARE(members.at(2).groupCode, QStringLiteral("10A1"));
    QCOMPARE(m_store.addNewTraineesToClass(c->id, {QStringLiteral("Đặng Ánh")}), std::optional<int>(0));

    // One name too long: nobody is added.
    QVERIFY(!m_store.addNewTraineesToClass(c->id, {QStringLiteral("Mai"), QString(101, QLatin1Char('x'))}));
    QCOMPARE(m_store.classMembers(c->id).size(), 3);
    QCOMPARE(m_store.trainees().size(), 3);
    QVERIFY(!m_store.addNewTraineesToClass(QStringLiteral("no-such-class"), {QStringLiteral("Mai")}));
}

// Trainees create their profiles with class code "10A1" before the instructor sets the class
// up: creating the class links them, and typing their names links them too (no empty copies).
void TestStoreClasses::traineesWhoSignedUpFirstAreLinkedNotDuplicated()
{
    const auto hoa = m_store.createTrainee(QStringLiteral("Lê Thị Hoa"), QStringLiteral("10a1"));
    const auto minh = m_store.createTrainee(QStringLiteral("Trần Minh"), QStringLiteral("10A1"));
    const auto other = m_store.createTrainee(QStringLiteral("Phạm An"), QStringLiteral("10A2"));
    QVERIFY(hoa && minh && other);
    const auto c = m_store.createClass(QStringLiteral("10A1"));
    QVERIFY(c);
    QCOMPARE(m_store.classMembers(c->id).size(), 2); // Hoa and Minh, not An
    QVERIFY(m_store.removeFromClass(c->id, hoa->id));

    // Hoa typed again (another case, NFD letters), An of 10A2 and a newcomer.
    const QString hoaNfd = QStringLiteral("LÊ THỊ HOA").normalized(QString::NormalizationForm_D);
    const auto added = m_store.addNewTraineesToClass(c->id, {hoaNfd, QStringLiteral("Trần Minh"),
                                                             QStringLiteral("Phạm An"), QStringLiteral("Vũ Lan")});
    QCOMPARE(added, std::optional<int>(3)); // Hoa linked, An and Lan created, Minh already in
    QCOMPARE(m_store.trainees().size(), 5);  // one new An (of another class) and Lan
    QStringList ids;
    for (const Trainee &t : m_store.classMembers(c->id))
        ids.append(t.id);
    QVERIFY(ids.contains(hoa->id));
    QVERIFY(!ids.contains(other->id));
    QCOMPARE(ids.size(), 4);
}

void TestStoreClasses::deletingAClassKeepsTrainees()
{
    const auto c = m_store.createClass(QStringLiteral("10A1"));
    const auto t = m_store.createTrainee(QStringLiteral("Hà"), {});
    QVERIFY(c && t);
    QVERIFY(m_store.addToClass(c->id, t->id));
    QVERIFY(m_store.addToClass(c->id, t->id)); // twice is once
    QCOMPARE(m_store.classById(c->id)->memberCount, 1);
    QCOMPARE(m_store.classesOf(t->id).size(), 1);
    QVERIFY(m_store.createSession(c->id, QStringLiteral("Buổi 1"), QDate(2026, 11, 23),
                                  {QStringLiteral("scams")}));
    QVERIFY(m_store.markLessonRead(t->id, QStringLiteral("scams"), QStringLiteral("l")));
    QVERIFY(m_store.deleteClass(c->id));
    QVERIFY(!m_store.classById(c->id));
    QVERIFY(m_store.trainee(t->id));
    QCOMPARE(m_store.lessonsRead(t->id).size(), 1);
    QVERIFY(m_store.sessionsFor(t->id).isEmpty());
    QCOMPARE(rawValue(dbPath(), QStringLiteral("SELECT COUNT(*) FROM session_modules")).toInt(), 0);
}

void TestStoreClasses::sessionsAssignModulesInOrder()
{
    const auto c = m_store.createClass(QStringLiteral("10A1"));
    const auto t = m_store.createTrainee(QStringLiteral("Hà"), {});
    QVERIFY(c && t && m_store.addToClass(c->id, t->id));
    const auto first = m_store.createSession(c->id, QStringLiteral("Buổi 1 – Nhận diện lừa đảo"),
                                             QDate(2026, 11, 16),
                                             {QStringLiteral("scams"), QStringLiteral("phone-sms")});
    QVERIFY(first);
    QCOMPARE(first->moduleIds, (QStringList{QStringLiteral("scams"), QStringLiteral("phone-sms")}));
    QCOMPARE(first->heldOn, QDate(2026, 11, 16));
    QVERIFY(m_store.createSession(c->id, QStringLiteral("Buổi 2"), QDate(2026, 11, 23),
                                  {QStringLiteral("passwords")}));
    QVERIFY(!m_store.createSession(c->id, QStringLiteral("Buổi 3"), QDate(2026, 11, 30), {}));
    QVERIFY(!m_store.createSession(c->id, QStringLiteral("Buổi 3"), QDate(2026, 11, 30),
                                   {QStringLiteral("a,b")}));
    QVERIFY(!m_store.createSession(c->id, QStringLiteral("Buổi 3"), QDate(), {QStringLiteral("mfa")}));
    const QVector<SessionRecord> mine = m_store.sessionsFor(t->id);
    QCOMPARE(mine.size(), 2);
    QCOMPARE(mine.first().title, QStringLiteral("Buổi 2")); // newest first
    QCOMPARE(m_store.classById(c->id)->sessionCount, 2);
    QVERIFY(m_store.deleteSession(first->id));
    QCOMPARE(m_store.sessions(c->id).size(), 1);
}

void TestStoreClasses::progressOfOneClass()
{
    const auto c = m_store.createClass(QStringLiteral("10A1"));
    QVERIFY(c);
    QVERIFY(m_store.addNewTraineesToClass(c->id, {QStringLiteral("An"), QStringLiteral("Bình")}));
    const auto outsider = m_store.createTrainee(QStringLiteral("Chi"), {});
    QVERIFY(outsider);
    QStringList everyone{outsider->id};
    for (const Trainee &t : m_store.classMembers(c->id))
        everyone.append(t.id);
    for (const QString &id : everyone)
        QVERIFY(m_store.markLessonRead(id, QStringLiteral("m"), QStringLiteral("l")));
    const auto progress = m_store.progressByTrainee(GradePolicy::Best, ProgressScope{{}, c->id});
    QCOMPARE(progress.size(), 2);
    QVERIFY(!progress.contains(outsider->id));
    QCOMPARE(m_store.progressByTrainee(GradePolicy::Best).size(), 3);
}

void TestStoreClasses::classKeys()
{
    const QString key = newClassKey();
    QCOMPARE(key.size(), classKeyChars + classKeyChars / 4 - 1);
    QCOMPARE(normalizeClassKey(key), std::optional<QString>(key));
    QVERIFY(newClassKey() != key);
    // Typed in lower case, without dashes, with look-alikes: the same key.
    QString typed = key.toLower();
    typed.remove(QLatin1Char('-'));
    typed.replace(QLatin1Char('0'), QLatin1Char('o')).replace(QLatin1Char('1'), QLatin1Char('l'));
    QCOMPARE(normalizeClassKey(typed), std::optional<QString>(key));
    QVERIFY(!normalizeClassKey(key.left(key.size() - 1)));
    QVERIFY(!normalizeClassKey(key + QLatin1Char('A')));
    QVERIFY(!normalizeClassKey(QString(key).replace(0, 1, QStringLiteral("Ư"))));
    QCOMPARE(classKeyBytes(key).size(), classKeyChars);
}

QTEST_GUILESS_MAIN(TestStoreClasses)
#include "tst_storeclasses.moc"
