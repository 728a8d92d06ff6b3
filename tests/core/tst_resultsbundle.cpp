// Tests of results bundles: two classroom PCs merged into a class on the instructor's PC,
// twice; lessons read with the earliest first reading kept; bundles that are tampered with,
// truncated, oversized, hostile, for another class or in conflict.
#include "classkey.h"
#include "databasebytes.h"
#include "resultsbundle.h"
#include "testdatabase.h"
#include "store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace khien;

namespace {

std::unique_ptr<Store> openStore(const QString &path)
{
    auto store = std::make_unique<Store>();
    if (store->open(path) != Store::OpenError::None)
        return nullptr;
    return store;
}

// Runs one statement on a connection of the test's own; its first value, if any.
QVariant raw(const QString &path, const QString &sql, const QVariantList &values = {})
{
    QVariant value;
    if (testdb::openRaw(path, QStringLiteral("raw"))) {
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("raw"), false));
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (q.exec() && q.next())
            value = q.value(0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return value;
}

// One trainee with a lesson read, a finished exam (two answers, a scenario decision) and
// an interrupted one.
QString traineeWithResults(Store &store, const QString &name)
{
    const auto trainee = store.createTrainee(name, QStringLiteral("k12"));
    if (!trainee || !store.markLessonRead(trainee->id, QStringLiteral("phishing"),
                                          QStringLiteral("phishing-intro")))
        return {};
    AttemptStart start;
    start.traineeId = trainee->id;
    start.moduleId = QStringLiteral("phishing");
    start.quizId = QStringLiteral("phishing-quiz");
    start.contentVersion = QStringLiteral("1.2");
    start.language = QStringLiteral("vi");
    start.passPercent = 70;
    start.maxScore = 3;
    start.seed = 4000000000u;
    start.mode = QStringLiteral("exam");
    start.questionOrder = {QStringLiteral("q2"), QStringLiteral("q1"), QStringLiteral("s1")};
    const auto attempt = store.startAttempt(start);
    const auto unfinished = store.startAttempt(start);
    if (!attempt || !unfinished)
        return {};
    const QDateTime t = QDateTime::currentDateTimeUtc();
    bool ok = true;
    for (const QString &id : {*attempt, *unfinished}) {
        ok = ok && store.recordAnswer({id, QStringLiteral("q2"), QStringLiteral("multiple"),
                                       {QStringLiteral("a"), QStringLiteral("c")}, true, 1, 1,
                                       4200, QStringLiteral("vi"), QStringLiteral("1.2"), t, 0});
    }
    ok = ok && store.recordAnswer({*attempt, QStringLiteral("q1"), QStringLiteral("single"),
                                   {QStringLiteral("b")}, false, 0, 1, 1500, QStringLiteral("vi"),
                                   QStringLiteral("1.2"), t.addSecs(5), 1});
    // A typed answer travels as typed, commas and all.
    ok = ok && store.recordAnswer({*unfinished, QStringLiteral("q1"), QStringLiteral("shortanswer"),
                                   {QStringLiteral("Mật khẩu, hay mã?")}, false, 0, 1, 900, QStringLiteral("vi"),
                                   QStringLiteral("1.2"), t.addSecs(6), 1});
    ok = ok && store.recordDecision({*attempt, QStringLiteral("s1"), 0, QStringLiteral("start"),
                                     QStringLiteral("call-back"), 0.5, t.addSecs(9)});
    ok = ok && store.finishAttempt(*attempt, false);
    return ok ? trainee->id : QString();
}

// Everything the instructor's database holds, read through the Store: equal snapshots mean
// nothing changed.
QStringList snapshot(const Store &store)
{
    QStringList lines;
    for (const ClassRecord &c : store.classes())
        for (const Trainee &t : store.classMembers(c.id))
            lines << QStringLiteral("M %1 %2").arg(c.name, t.id);
    for (const Trainee &t : store.trainees()) {
        lines << QStringLiteral("T %1 %2 %3 %4").arg(t.id, t.displayName, t.groupCode,
                                                    t.createdAt.toString(Qt::ISODateWithMs));
        QStringList lessons = store.lessonsRead(t.id).values();
        lessons.sort();
        for (const QString &lesson : lessons)
            lines << QStringLiteral("L %1").arg(lesson);
        for (const AttemptRecord &a : store.attempts(t.id)) {
            lines << QStringLiteral("A %1 %2 %3 %4 %5 %6 %7 %8 %9")
                             .arg(a.id, a.quizId, a.mode, a.questionOrder.join(QLatin1Char(',')),
                                  a.finishedAt.toString(Qt::ISODateWithMs))
                             .arg(a.score)
                             .arg(a.seed)
                             .arg(a.passed)
                             .arg(a.abandoned);
            for (const AnswerRecord &n : store.answers(a.id))
                lines << QStringLiteral("N %1 %2 %3 %4 %5").arg(n.questionId,
                                                               n.chosen.join(QLatin1Char(',')))
                                 .arg(n.points)
                                 .arg(n.timeTakenMs)
                                 .arg(n.position);
            for (const DecisionRecord &d : store.decisions(a.id))
                lines << QStringLiteral("D %1 %2 %3 %4").arg(d.questionId, d.stepId, d.choiceId)
                                 .arg(d.seq);
        }
    }
    return lines;
}


QByteArray jsonOf(const QByteArray &bundle)
{
    return bundle.left(bundle.lastIndexOf('\n', bundle.size() - 2));
}

QByteArray sign(const QByteArray &json, const QString &key)
{
    return json + "\nhmac-sha256:"
            + QMessageAuthenticationCode::hash(json, classKeyBytes(key), QCryptographicHash::Sha256)
                      .toHex()
            + '\n';
}

// Sets `value` at `path` inside `v`.
QJsonValue replaced(QJsonValue v, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        a[key.toInt()] = replaced(a.at(key.toInt()), path, value);
        return a;
    }
    QJsonObject o = v.toObject();
    o[key] = replaced(o.value(key), path, value);
    return o;
}

QByteArray withValue(const QByteArray &bundle, const QString &path, const QJsonValue &value)
{
    const QJsonObject root = QJsonDocument::fromJson(jsonOf(bundle)).object();
    return QJsonDocument(replaced(root, path.split(QLatin1Char('/')), value).toObject())
            .toJson(QJsonDocument::Compact);
}

const QString lessonId = QStringLiteral("phishing-intro");

} // namespace

class TestResultsBundle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { KHIEN_REQUIRE_TEST_BACKEND(); }
    void init();
    void cleanup();
    void mergesTwoPcsIntoTheClass();
    void secondImportChangesNothing();
    void typedKeyIsAccepted();
    void invalidKeyIsRefusedOnExport();
    void earliestFirstReadingIsKept();
    void changedByteIsRefused();
    void wrongClassIsRefused();
    void classOfAnotherDatabaseIsRefused();
    void truncatedBundleIsRefused();
    void oversizedBundleIsRefused();
    void malformedBundlesAreRefused_data();
    void malformedBundlesAreRefused();
    void hostileIdIsRefused();
    void consistentButFalseResultsAreRefused();
    void namesAreCountedInCharacters();
    void conflictKeepsBoth();

private:
    // Imports `bundle` into `into` (the class by default) and checks it was refused with
    // `errorPart` and changed nothing, down to the bytes of the database file and its log.
    void expectRefused(const QByteArray &bundle, const QString &errorPart,
                       std::optional<ClassRecord> into = std::nullopt);
    QString instructorPath() const { return testdb::location(m_dir->filePath(QStringLiteral("instructor.db"))); }
    QString pcAPath() const { return testdb::location(m_dir->filePath(QStringLiteral("pc-a.db"))); }
    QString firstReadThere(const QString &traineeId) const
    {
        return raw(instructorPath(),
                   QStringLiteral("SELECT first_read_at FROM lesson_progress"
                                  " WHERE trainee_id = ? AND lesson_id = ?"),
                   {traineeId, lessonId}).toString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_pcA, m_pcB, m_instructor;
    ClassRecord m_class;
    QString m_traineeA, m_traineeB;
    QByteArray m_bundleA, m_bundleB;
};

void TestResultsBundle::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_pcA = openStore(pcAPath());
    m_pcB = openStore(testdb::location(m_dir->filePath(QStringLiteral("pc-b.db"))));
    m_instructor = openStore(instructorPath());
    QVERIFY(m_pcA && m_pcB && m_instructor);
    const auto created = m_instructor->createClass(QStringLiteral("Lớp 12A"));
    QVERIFY(created);
    m_class = *created;
    m_traineeA = traineeWithResults(*m_pcA, QStringLiteral("Nguyễn Thị Lan"));
    m_traineeB = traineeWithResults(*m_pcB, QStringLiteral("Trần Văn Minh"));
    QVERIFY(!m_traineeA.isEmpty() && !m_traineeB.isEmpty());
    QString error;
    m_bundleA = exportBundle(*m_pcA, {m_traineeA}, m_class.bundleKey, &error);
    QVERIFY2(!m_bundleA.isEmpty(), qPrintable(error));
    m_bundleB = exportBundle(*m_pcB, {}, m_class.bundleKey, &error); // the whole PC
    QVERIFY2(!m_bundleB.isEmpty(), qPrintable(error));
}

void TestResultsBundle::cleanup()
{
    m_instructor.reset();
    m_pcB.reset();
    m_pcA.reset();
    m_dir.reset();
}

void TestResultsBundle::mergesTwoPcsIntoTheClass()
{
    for (const QByteArray &bundle : {m_bundleA, m_bundleB}) {
        const BundleImportReport r = importBundle(*m_instructor, bundle, m_class);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.traineesAdded, 1);
        QCOMPARE(r.traineesJoinedClass, 1);
        QCOMPARE(r.attemptsAdded, 2);
        QCOMPARE(r.attemptsAlreadyThere, 0);
        QCOMPARE(r.lessonsAdded, 1);
        QCOMPARE(r.lessonsAlreadyThere, 0);
        QCOMPARE(r.conflicts, 0);
    }
    QCOMPARE(m_instructor->trainees().size(), 2);
    const auto members = m_instructor->classMembers(m_class.id);
    QCOMPARE(members.size(), 2);
    QCOMPARE(members.at(0).displayName, QStringLiteral("Nguyễn Thị Lan"));
    QCOMPARE(members.at(1).displayName, QStringLiteral("Trần Văn Minh"));
    // Every record reads back exactly as on the PC it came from.
    for (Store *pc : {m_pcA.get(), m_pcB.get()}) {
        const Trainee t = pc->trainees().first();
        const auto there = m_instructor->trainee(t.id);
        QVERIFY(there);
        QCOMPARE(there->displayName, t.displayName);
        QCOMPARE(there->groupCode, t.groupCode);
        QCOMPARE(there->createdAt, t.createdAt);
        QCOMPARE(m_instructor->lessonsRead(t.id), pc->lessonsRead(t.id));
        QCOMPARE(m_instructor->progress(t.id).value(QStringLiteral("phishing")).lessonsRead, 1);
        const auto attempts = pc->attempts(t.id);
        const auto copies = m_instructor->attempts(t.id);
        QCOMPARE(copies.size(), attempts.size());
        for (int i = 0; i < attempts.size(); ++i) {
            const AttemptRecord &a = attempts.at(i), &c = copies.at(i);
            QCOMPARE(c.id, a.id);
            QCOMPARE(c.finishedAt, a.finishedAt);
            QCOMPARE(c.isFinished(), a.isFinished());
            QCOMPARE(c.score, a.score); // added up by the store's trigger
            QCOMPARE(c.answeredCount, a.answeredCount);
            QCOMPARE(c.seed, a.seed);
            QCOMPARE(c.mode, a.mode);
            QCOMPARE(c.questionOrder, a.questionOrder);
            QCOMPARE(c.passed, a.passed);
            const auto answers = pc->answers(a.id), answersThere = m_instructor->answers(a.id);
            QCOMPARE(answersThere.size(), answers.size());
            for (int j = 0; j < answers.size(); ++j) {
                QCOMPARE(answersThere.at(j).chosen, answers.at(j).chosen);
                QCOMPARE(answersThere.at(j).answeredAt, answers.at(j).answeredAt);
                QCOMPARE(answersThere.at(j).timeTakenMs, answers.at(j).timeTakenMs);
                QCOMPARE(answersThere.at(j).position, answers.at(j).position);
            }
            const auto decisions = pc->decisions(a.id);
            const auto decisionsThere = m_instructor->decisions(a.id);
            QCOMPARE(decisionsThere.size(), decisions.size());
            for (int j = 0; j < decisions.size(); ++j) {
                QCOMPARE(decisionsThere.at(j).choiceId, decisions.at(j).choiceId);
                QCOMPARE(decisionsThere.at(j).points, decisions.at(j).points);
            }
        }
    }
    // The interrupted attempt stays resumable on the instructor's PC, as it was on the trainee's.
    QVERIFY(m_instructor->unfinishedAttempt(m_traineeA, QStringLiteral("phishing-quiz")));
}

void TestResultsBundle::secondImportChangesNothing()
{
    QVERIFY(importBundle(*m_instructor, m_bundleA, m_class).error.isEmpty());
    QVERIFY(importBundle(*m_instructor, m_bundleB, m_class).error.isEmpty());
    const QStringList before = snapshot(*m_instructor);
    // members, trainees, lessons, attempts, answers (one of them typed), decision
    QCOMPARE(before.size(), 2 * (1 + 1 + 1 + 2 + 2 + 1 + 1 + 1));
    for (const QByteArray &bundle : {m_bundleB, m_bundleA}) {
        const BundleImportReport r = importBundle(*m_instructor, bundle, m_class);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.traineesAdded, 0);
        QCOMPARE(r.traineesJoinedClass, 0);
        QCOMPARE(r.attemptsAdded, 0);
        QCOMPARE(r.attemptsAlreadyThere, 2);
        QCOMPARE(r.lessonsAdded, 0);
        QCOMPARE(r.lessonsAlreadyThere, 1);
        QCOMPARE(r.conflicts, 0);
    }
    QCOMPARE(snapshot(*m_instructor), before);
}

void TestResultsBundle::typedKeyIsAccepted()
{
    // As someone might type it: lower case, no dashes, O for 0 and l for 1.
    QString typed = m_class.bundleKey.toLower().remove(QLatin1Char('-'));
    typed.replace(QLatin1Char('0'), QLatin1Char('o')).replace(QLatin1Char('1'), QLatin1Char('l'));
    QString error;
    const QByteArray bundle = exportBundle(*m_pcA, {}, QStringLiteral(" %1 ").arg(typed), &error);
    QVERIFY2(!bundle.isEmpty(), qPrintable(error));
    const BundleImportReport r = importBundle(*m_instructor, bundle, m_class);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.attemptsAdded, 2);
}

void TestResultsBundle::invalidKeyIsRefusedOnExport()
{
    for (const QString &key : {QString(), QStringLiteral("room-12 class key"),
                               m_class.bundleKey.chopped(1), m_class.bundleKey + QLatin1Char('X'),
                               m_class.bundleKey.left(5) + QStringLiteral("U")
                                       + m_class.bundleKey.mid(6)}) {
        QString error;
        QVERIFY(exportBundle(*m_pcA, {}, key, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("not a class key")), qPrintable(error));
    }
}

void TestResultsBundle::earliestFirstReadingIsKept()
{
    const QString update = QStringLiteral("UPDATE lesson_progress SET first_read_at = ?"
                                          " WHERE trainee_id = ?");
    auto importWithFirstRead = [&](const QString &when) {
        raw(pcAPath(), update, {when, m_traineeA});
        QString error;
        const QByteArray bundle = exportBundle(*m_pcA, {}, m_class.bundleKey, &error);
        return importBundle(*m_instructor, bundle, m_class);
    };
    BundleImportReport r = importWithFirstRead(QStringLiteral("2026-03-10T08:00:00.000Z"));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.lessonsAdded, 1);
    QCOMPARE(firstReadThere(m_traineeA), QStringLiteral("2026-03-10T08:00:00.000Z"));

    r = importWithFirstRead(QStringLiteral("2026-03-01T07:30:00.000Z")); // read earlier
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.lessonsAdded, 0);
    QCOMPARE(r.lessonsAlreadyThere, 1);
    QCOMPARE(firstReadThere(m_traineeA), QStringLiteral("2026-03-01T07:30:00.000Z"));

    r = importWithFirstRead(QStringLiteral("2026-03-20T09:00:00.000Z")); // later: ignored
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.lessonsAlreadyThere, 1);
    QCOMPARE(firstReadThere(m_traineeA), QStringLiteral("2026-03-01T07:30:00.000Z"));
}

void TestResultsBundle::expectRefused(const QByteArray &bundle, const QString &errorPart,
                                      std::optional<ClassRecord> into)
{
    QVERIFY(importBundle(*m_instructor, m_bundleB, m_class).error.isEmpty());
    const QStringList before = snapshot(*m_instructor);
    const bool file = !testdb::onPostgres(); // a file's bytes; PostgreSQL: the rows above
    const QByteArray bytesBefore = file ? databaseBytes(instructorPath()) : QByteArray();
    const BundleImportReport r = importBundle(*m_instructor, bundle, into.value_or(m_class));
    QVERIFY2(r.error.contains(errorPart), qPrintable(r.error));
    QCOMPARE(r.traineesAdded + r.traineesJoinedClass + r.attemptsAdded + r.attemptsAlreadyThere
                     + r.lessonsAdded + r.lessonsAlreadyThere + r.conflicts,
             0);
    QCOMPARE(snapshot(*m_instructor), before);
    QVERIFY(!file || databaseBytes(instructorPath()) == bytesBefore);
}

void TestResultsBundle::changedByteIsRefused()
{
    for (const char *field : {"\"displayName\":\"Nguy", "\"score\":", "\"points\":"}) {
        QByteArray bundle = m_bundleA;
        const qsizetype at = bundle.indexOf(field);
        QVERIFY2(at > 0, field);
        const qsizetype byte = at + qstrlen(field);
        bundle[byte] = bundle.at(byte) == '9' ? '8' : '9';
        expectRefused(bundle, QStringLiteral("integrity check failed"));
    }
}

void TestResultsBundle::wrongClassIsRefused()
{
    const auto other = m_instructor->createClass(QStringLiteral("Lớp 12B"));
    QVERIFY(other);
    expectRefused(m_bundleA, QStringLiteral("integrity check failed"), *other);
    QCOMPARE(m_instructor->classMembers(other->id).size(), 0);
    ClassRecord noKey = m_class;
    noKey.bundleKey.clear();
    expectRefused(m_bundleA, QStringLiteral("has no valid key"), noKey);
}

void TestResultsBundle::classOfAnotherDatabaseIsRefused()
{
    ClassRecord elsewhere = m_class;
    elsewhere.id = QStringLiteral("00000000-0000-4000-8000-000000000000");
    expectRefused(m_bundleA, QStringLiteral("is not in this database"), elsewhere);
}

void TestResultsBundle::truncatedBundleIsRefused()
{
    expectRefused(m_bundleA.left(m_bundleA.size() / 2), QStringLiteral("no integrity tag"));
    expectRefused(m_bundleA.chopped(1), QStringLiteral("no integrity tag"));
    expectRefused(jsonOf(m_bundleA), QStringLiteral("no integrity tag"));
    expectRefused({}, QStringLiteral("no integrity tag"));
}

void TestResultsBundle::oversizedBundleIsRefused()
{
    QByteArray json = jsonOf(m_bundleA);
    json.append(QByteArray(maxBundleBytes, ' ')); // whitespace: still valid JSON
    expectRefused(sign(json, m_class.bundleKey), QStringLiteral("larger than 50 MB"));

    const QString path = m_dir->filePath(QStringLiteral("big.khien-results"));
    QVERIFY(writeBundleFile(path, sign(json, m_class.bundleKey), nullptr));
    QString error;
    QVERIFY(!readBundleFile(path, &error));
    QVERIFY2(error.contains(QStringLiteral("larger than 50 MB")), qPrintable(error));
}

void TestResultsBundle::malformedBundlesAreRefused_data()
{
    QTest::addColumn<QString>("path"); // where to put `value`, as "trainees/0/attempts/0/seed"
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("type") << "type" << QJsonValue("moodle") << "not a Khiên results bundle";
    QTest::newRow("format 99") << "format" << QJsonValue(99) << "in format 99";
    QTest::newRow("format text") << "format" << QJsonValue("2") << "not a Khiên results bundle";
    QTest::newRow("name type") << "trainees/0/displayName" << QJsonValue(7) << "displayName";
    QTest::newRow("seed range") << "trainees/0/attempts/0/seed" << QJsonValue(-1) << "seed";
    // Typed answers (shortanswer, numeric) are one text each: two ids under that type are refused.
    QTest::newRow("typed answer of two texts") << "trainees/0/attempts/0/answers/0/questionType"
                                               << QJsonValue("shortanswer") << "\"chosen\" has more than 1 items";
    QTest::newRow("seed fraction") << "trainees/0/attempts/0/seed" << QJsonValue(1.5) << "seed";
    QTest::newRow("quiz id") << "trainees/0/attempts/0/quizId" << QJsonValue("Quiz 1") << "quizId";
    QTest::newRow("attempt id") << "trainees/0/attempts/0/id" << QJsonValue("x") << "\"id\"";
    QTest::newRow("option id") << "trainees/0/attempts/0/answers/0/chosen"
                               << QJsonValue(QJsonArray{"a,b"}) << "chosen";
    QTest::newRow("time") << "trainees/0/attempts/0/startedAt" << QJsonValue("yesterday")
                          << "startedAt";
    QTest::newRow("trainee list") << "trainees" << QJsonValue("all") << "trainees";
    // Signed again with the right key, yet the totals disagree with the answers.
    QTest::newRow("score") << "trainees/0/attempts/0/score" << QJsonValue(3) << "\"score\"";
    QTest::newRow("answer count") << "trainees/0/attempts/0/answeredCount" << QJsonValue(0)
                                  << "answeredCount";
    QTest::newRow("lesson list") << "trainees/0/lessons" << QJsonValue(1) << "lessons";
    QTest::newRow("lesson id") << "trainees/0/lessons/0/lessonId" << QJsonValue("Bài 1")
                               << "lessonId";
    QTest::newRow("lesson time") << "trainees/0/lessons/0/firstReadAt" << QJsonValue()
                                 << "firstReadAt";
    QTest::newRow("too many answers")
            << "trainees/0/attempts/0/answers" << QJsonValue(QJsonArray())
            << "more than 100000"; // filled in below
}

void TestResultsBundle::malformedBundlesAreRefused()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, errorPart);
    if (QByteArray(QTest::currentDataTag()) == "too many answers") {
        const QJsonObject root = QJsonDocument::fromJson(jsonOf(m_bundleA)).object();
        const QJsonValue one = root[QLatin1String("trainees")][0][QLatin1String("attempts")][0]
                                   [QLatin1String("answers")][0];
        QJsonArray many;
        for (int i = 0; i <= maxBundleAnswers; ++i)
            many.append(one);
        value = many;
    }
    expectRefused(sign(withValue(m_bundleA, path, value), m_class.bundleKey), errorPart);
}

void TestResultsBundle::hostileIdIsRefused()
{
    const QString hostile = QStringLiteral("'); DROP TABLE trainees;--");
    for (const char *path : {"trainees/0/id", "trainees/0/attempts/0/moduleId",
                             "trainees/0/attempts/0/answers/0/questionId",
                             "trainees/0/lessons/0/moduleId"}) {
        expectRefused(sign(withValue(m_bundleA, QString::fromLatin1(path), hostile),
                           m_class.bundleKey),
                      QStringLiteral("is not a valid id"));
    }
    QCOMPARE(m_instructor->trainees().size(), 1); // the table is still there, and its row
}

// Re-signed with the right key (a PC whose database was edited), every total agreeing: a pass
// the score does not earn, or points above the maximum, are still refused.
void TestResultsBundle::consistentButFalseResultsAreRefused()
{
    const QJsonObject root = QJsonDocument::fromJson(jsonOf(m_bundleA)).object();
    const QJsonArray attempts = root[QLatin1String("trainees")][0][QLatin1String("attempts")].toArray();
    qsizetype i = 0;
    while (i < attempts.size() && (attempts.at(i)[QLatin1String("finishedAt")].isNull()
                                   || attempts.at(i)[QLatin1String("abandoned")].toBool()))
        ++i;
    QVERIFY(i < attempts.size());
    const QJsonObject attempt = attempts.at(i).toObject();
    const QString at = QStringLiteral("trainees/0/attempts/%1/").arg(i);
    const bool passed = attempt[QLatin1String("passed")].toBool();
    expectRefused(sign(withValue(m_bundleA, at + QStringLiteral("passed"), !passed), m_class.bundleKey),
                  QStringLiteral("does not agree with the score and the pass mark"));

    const double score = attempt[QLatin1String("score")].toDouble();
    const double first = attempt[QLatin1String("answers")][0][QLatin1String("points")].toDouble();
    const QByteArray inflated = withValue(sign(withValue(m_bundleA, at + QStringLiteral("answers/0/points"), first + 2999),
                                               m_class.bundleKey),
                                          at + QStringLiteral("score"), score + 2999);
    expectRefused(sign(inflated, m_class.bundleKey), QStringLiteral("points are not between 0 and its maximum"));
}

void TestResultsBundle::namesAreCountedInCharacters()
{
    // 100 emoji are 200 UTF-16 units and 100 characters, as on the profile form.
    const QString hundred = QString::fromUcs4(QVector<char32_t>(100, U'\U0001F600').data(), 100);
    const QByteArray ok = sign(withValue(m_bundleA, QStringLiteral("trainees/0/displayName"), hundred + QStringLiteral("\u202E")),
                               m_class.bundleKey);
    QVERIFY(importBundle(*m_instructor, ok, m_class).error.isEmpty());
    QCOMPARE(m_instructor->trainees().constFirst().displayName, hundred); // the override is gone
    expectRefused(sign(withValue(m_bundleB, QStringLiteral("trainees/0/displayName"), hundred + QStringLiteral("x")), m_class.bundleKey),
                  QStringLiteral("longer than 100 characters"));
}

void TestResultsBundle::conflictKeepsBoth()
{
    QVERIFY(importBundle(*m_instructor, m_bundleA, m_class).error.isEmpty());
    AttemptRecord original;
    for (const AttemptRecord &a : m_pcA->attempts(m_traineeA))
        if (a.isFinished())
            original = a;
    QVERIFY(original.isFinished());
    const auto originalAnswers = m_instructor->answers(original.id);

    // Same attempt id, another answer: e.g. a PC restored from an old disk image.
    const QJsonObject root = QJsonDocument::fromJson(jsonOf(m_bundleA)).object();
    const QJsonArray attempts = root[QLatin1String("trainees")][0][QLatin1String("attempts")]
                                        .toArray();
    int index = -1;
    for (int i = 0; i < attempts.size(); ++i)
        if (attempts.at(i)[QLatin1String("id")].toString() == original.id)
            index = i;
    QVERIFY(index >= 0);
    const QString path = QStringLiteral("trainees/0/attempts/%1/answers/1/chosen").arg(index);
    const QByteArray other = sign(withValue(m_bundleA, path, QJsonArray{"c"}), m_class.bundleKey);

    const BundleImportReport r = importBundle(*m_instructor, other, m_class);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.conflicts, 1);
    QCOMPARE(r.attemptsAlreadyThere, 1); // the unfinished attempt did not change
    QCOMPARE(r.attemptsAdded, 0);
    QCOMPARE(r.conflictNotes.size(), 1);
    QVERIFY2(r.conflictNotes.first().contains(original.id), qPrintable(r.conflictNotes.first()));

    // The attempt already here is untouched; the bundle's version is kept beside it.
    const auto kept = m_instructor->answers(original.id);
    QCOMPARE(kept.size(), originalAnswers.size());
    QCOMPARE(kept.at(1).chosen, originalAnswers.at(1).chosen);
    const auto all = m_instructor->attempts(m_traineeA);
    QCOMPARE(all.size(), 3);
    bool copyFound = false;
    for (const AttemptRecord &a : all) {
        if (a.id == original.id || !a.isFinished())
            continue;
        copyFound = true;
        QCOMPARE(m_instructor->answers(a.id).at(1).chosen, QStringList{QStringLiteral("c")});
        QCOMPARE(m_instructor->decisions(a.id).size(), 1);
        QCOMPARE(a.score, original.score);
    }
    QVERIFY(copyFound);

    // Importing the conflicting bundle again adds no second copy.
    const QStringList before = snapshot(*m_instructor);
    const BundleImportReport again = importBundle(*m_instructor, other, m_class);
    QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
    QCOMPARE(again.conflicts, 0);
    QCOMPARE(again.attemptsAlreadyThere, 2);
    QCOMPARE(snapshot(*m_instructor), before);
}

QTEST_GUILESS_MAIN(TestResultsBundle)
#include "tst_resultsbundle.moc"
