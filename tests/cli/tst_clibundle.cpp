// The real khien binary carrying results between real SQLite files: two classroom PCs export
// results bundles, the instructor's PC imports them into a class, twice (nothing is added the
// second time); a tampered bundle or one signed with another key is refused, exit code 1,
// and the instructor's database file is left byte for byte as it was.
#include "classkey.h"
#include "databasebytes.h"
#include "runkhien.h"
#include "store.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace khien;

namespace {

// A trainee who read a lesson and finished a quiz of two questions (one right).
bool addTraineeWithResults(Store &store, const QString &name)
{
    const auto t = store.createTrainee(name, QStringLiteral("12A"));
    if (!t || !store.markLessonRead(t->id, QStringLiteral("phishing"),
                                    QStringLiteral("phishing-intro")))
        return false;
    const auto attempt = store.startAttempt(t->id, QStringLiteral("phishing"),
                                            QStringLiteral("phishing-quiz"), QStringLiteral("1.0"),
                                            QStringLiteral("vi"), 70, 2);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return attempt
            && store.recordAnswer({*attempt, QStringLiteral("q1"), QStringLiteral("single"),
                                   {QStringLiteral("a")}, true, 1, 1, 3000, QStringLiteral("vi"),
                                   QStringLiteral("1.0"), now, 0})
            && store.recordAnswer({*attempt, QStringLiteral("q2"), QStringLiteral("single"),
                                   {QStringLiteral("b")}, false, 0, 1, 2000, QStringLiteral("vi"),
                                   QStringLiteral("1.0"), now.addSecs(4), 1})
            && store.finishAttempt(*attempt, false);
}


const QString hyperlinkName = QStringLiteral("=HYPERLINK(\"http://x\")");

} // namespace

class TestCliBundle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoPcsIntoTheClassTwice();
    void tamperedBundleIsRefused();
    void otherKeyIsRefused();
    void usageAndFailures();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    Run exportFrom(const QString &db, const QString &key, const QString &out)
    {
        return runKhien({QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--key"),
                         key, QStringLiteral("--out"), out, QStringLiteral("--db"), db});
    }
    Run importInto(const QString &classNameOrId, const QStringList &files)
    {
        return runKhien(QStringList{QStringLiteral("bundle"), QStringLiteral("import"),
                                    QStringLiteral("--class"), classNameOrId}
                        + files + QStringList{QStringLiteral("--db"), m_instructor});
    }
    // Imports `files` (one of them bad) and checks the refusal, the exit code and that the
    // instructor's database did not change.
    void expectRefused(const QStringList &files, const QString &bad, const QString &why);

    QTemporaryDir m_dir;
    QString m_instructor;
    ClassRecord m_class;
    QString m_bundleA, m_bundleB;
};

void TestCliBundle::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_instructor = path(QStringLiteral("instructor.sqlite"));
    {
        Store pcA, pcB, instructor;
        QCOMPARE(pcA.open(path(QStringLiteral("pc-a.sqlite"))), Store::OpenError::None);
        QCOMPARE(pcB.open(path(QStringLiteral("pc-b.sqlite"))), Store::OpenError::None);
        QCOMPARE(instructor.open(m_instructor), Store::OpenError::None);
        QVERIFY(addTraineeWithResults(pcA, QStringLiteral("Nguyễn Thị Lan")));
        QVERIFY(addTraineeWithResults(pcA, hyperlinkName));
        QVERIFY(addTraineeWithResults(pcB, QStringLiteral("Trần Văn Đức")));
        const auto created = instructor.createClass(QStringLiteral("Lớp An toàn 12A"));
        QVERIFY(created);
        m_class = *created;
    }
    m_bundleA = path(QStringLiteral("pc-a.khien-results"));
    m_bundleB = path(QStringLiteral("pc-b.khien-results"));
    Run r = exportFrom(path(QStringLiteral("pc-a.sqlite")), m_class.bundleKey, m_bundleA);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("results written to ") + m_bundleA + QStringLiteral(" (trainees: 2)")), qPrintable(r.out));
    // Typed as people do: lower case, no dashes.
    const QString typed = m_class.bundleKey.toLower().remove(QLatin1Char('-'));
    r = exportFrom(path(QStringLiteral("pc-b.sqlite")), typed, m_bundleB);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(QFile::exists(m_bundleA) && QFile::exists(m_bundleB));
}

void TestCliBundle::twoPcsIntoTheClassTwice()
{
    Run r = importInto(QStringLiteral("lớp an toàn 12a"), {m_bundleA, m_bundleB}); // any case
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(m_bundleA + QStringLiteral(": imported into the class \"Lớp An toàn 12A\"\n"
                                                       "  trainees added: 2, joined the class: 2\n"
                                                       "  attempts added: 2, already there: 0\n"
                                                       "  lessons added: 2, already there: 0\n"
                                                       "  conflicts: 0\n")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(m_bundleB + QStringLiteral(": imported into the class \"Lớp An toàn 12A\"\n"
                                                       "  trainees added: 1, joined the class: 1\n"
                                                       "  attempts added: 1, already there: 0\n"
                                                       "  lessons added: 1, already there: 0\n")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("bundle files imported: 2 of 2; refused: 0")));
    {
        Store instructor;
        QCOMPARE(instructor.open(m_instructor), Store::OpenError::None);
        QStringList names;
        for (const Trainee &t : instructor.classMembers(m_class.id)) {
            names.append(t.displayName);
            const auto attempts = instructor.attempts(t.id);
            QCOMPARE(attempts.size(), 1);
            QCOMPARE(attempts.first().score, 1.0);
            QCOMPARE(attempts.first().answeredCount, 2);
            QCOMPARE(instructor.lessonsRead(t.id).size(), 1);
        }
        names.sort();
        QCOMPARE(names, (QStringList{hyperlinkName, QStringLiteral("Nguyễn Thị Lan"),
                                     QStringLiteral("Trần Văn Đức")}));
    }

    // Again, the class named by its id this time: nothing is added.
    const QByteArray before = databaseBytes(m_instructor);
    r = importInto(m_class.id, {m_bundleB, m_bundleA});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.out.count(QStringLiteral("trainees added: 0, joined the class: 0\n")), 2);
    QVERIFY2(r.out.contains(QStringLiteral("attempts added: 0, already there: 2\n"
                                           "  lessons added: 0, already there: 2\n")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("attempts added: 0, already there: 1\n"
                                          "  lessons added: 0, already there: 1\n")));
    QVERIFY(!r.out.contains(QStringLiteral("added: 1")) && !r.out.contains(QStringLiteral("added: 2")));
    QVERIFY(databaseBytes(m_instructor) == before);
}

void TestCliBundle::expectRefused(const QStringList &files, const QString &bad, const QString &why)
{
    const QByteArray before = databaseBytes(m_instructor);
    const Run r = importInto(m_class.name, files);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(bad + QStringLiteral(": refused, nothing was changed: ")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(why), qPrintable(r.err));
    QVERIFY(databaseBytes(m_instructor) == before);
}

void TestCliBundle::tamperedBundleIsRefused()
{
    QFile original(m_bundleA);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray bytes = original.readAll();
    const qsizetype at = bytes.indexOf("\"score\":1");
    QVERIFY(at > 0);
    bytes[at + 8] = '2'; // one byte: a score of 2 instead of 1
    const QString tampered = path(QStringLiteral("pc-a-tampered.khien-results"));
    QFile copy(tampered);
    QVERIFY(copy.open(QIODevice::WriteOnly) && copy.write(bytes) == bytes.size());
    copy.close();

    expectRefused({tampered}, tampered,
                  QStringLiteral("The bundle's integrity check failed: it was changed after "
                                 "export, or it was signed with another class key."));
    // Among good files, the bad one still makes the exit code 1.
    expectRefused({m_bundleB, tampered}, tampered, QStringLiteral("integrity check failed"));
}

void TestCliBundle::otherKeyIsRefused()
{
    const QString other = path(QStringLiteral("other-key.khien-results"));
    const Run r = exportFrom(path(QStringLiteral("pc-a.sqlite")), newClassKey(), other);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    expectRefused({other}, other, QStringLiteral("integrity check failed"));
}

void TestCliBundle::usageAndFailures()
{
    const QString pcA = path(QStringLiteral("pc-a.sqlite"));
    const QString out = path(QStringLiteral("x.khien-results"));
    QCOMPARE(runKhien({QStringLiteral("bundle")}).exitCode, 2);
    QCOMPARE(runKhien({QStringLiteral("bundle"), QStringLiteral("send")}).exitCode, 2);
    QCOMPARE(runKhien({QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--out"), out,
                       QStringLiteral("--db"), pcA}).exitCode, 2);
    QCOMPARE(importInto(m_class.name, {}).exitCode, 2);

    Run r = exportFrom(pcA, QStringLiteral("not-a-key"), out);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("not a class key")), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));

    r = exportFrom(path(QStringLiteral("missing.sqlite")), m_class.bundleKey, out);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QFile::exists(path(QStringLiteral("missing.sqlite"))));

    const QByteArray before = databaseBytes(m_instructor);
    r = importInto(QStringLiteral("Lớp 9"), {m_bundleA});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("there is no class \"Lớp 9\" (classes here: Lớp An toàn 12A)")),
             qPrintable(r.err));
    r = importInto(m_class.name, {path(QStringLiteral("nowhere.khien-results"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("nowhere.khien-results: refused")), qPrintable(r.err));
    QVERIFY(databaseBytes(m_instructor) == before);
}

QTEST_GUILESS_MAIN(TestCliBundle)
#include "tst_clibundle.moc"
