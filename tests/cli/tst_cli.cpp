// The real khien binary's command line: runs with no display at all, validates the shipped
// content (compiled in and on disk), names each problem of a broken pack as file:line.
#include "passphrase.h"
#include "runkhien.h"
#include "store.h"
#include "testpack.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void version()
    {
        const Run r = runKhien({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("khien " KHIEN_VERSION));
    }

    void help()
    {
        const Run r = runKhien({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("check-content")));
    }

    void shippedContentIsClean_data()
    {
        QTest::addColumn<QStringList>("args");
        // A fixed date: content past its review-by date fails the build on the day it is
        // reviewed and the date moved, never by itself.
        const QStringList asOf{QStringLiteral("--as-of"), QStringLiteral("2026-12-03")};
        QTest::newRow("compiled in") << QStringList{QStringLiteral("check-content")} + asOf;
        QTest::newRow("source folder") << QStringList{QStringLiteral("check-content")} + asOf + QStringList{QStringLiteral(KHIEN_SHIPPED_CONTENT)};
        // The shipped course also meets the course-quality rules, warnings included.
        QTest::newRow("strict") << QStringList{QStringLiteral("check-content"), QStringLiteral("--strict")} + asOf;
    }

    void shippedContentIsClean()
    {
        QFETCH(QStringList, args);
        const Run r = runKhien(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 1); // the summary only: no problems
        QVERIFY(lines.first().startsWith(QStringLiteral("khien-basics ")));
        QVERIFY(lines.first().contains(QStringLiteral("languages vi+en, 0 problems")));
    }

    void jsonSummary()
    {
        const Run r = runKhien({QStringLiteral("check-content"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("pack")).toString(), QStringLiteral("khien-basics"));
        QVERIFY(o.value(QStringLiteral("clean")).toBool());
        QVERIFY(o.value(QStringLiteral("modules")).toInt() >= 2);
        const QJsonObject byType = o.value(QStringLiteral("questionsByType")).toObject();
        int sum = 0;
        // The shipped course uses every question type at least once.
        for (const QString &type : {QStringLiteral("single"), QStringLiteral("multiple"), QStringLiteral("truefalse"),
                                    QStringLiteral("ordering"), QStringLiteral("matching"), QStringLiteral("redflags"),
                                    QStringLiteral("scenario")}) {
            QVERIFY2(byType.value(type).toInt() > 0, qPrintable(type));
            sum += byType.value(type).toInt();
        }
        QCOMPARE(sum, o.value(QStringLiteral("questions")).toInt());
        QVERIFY(o.value(QStringLiteral("questions")).toInt() >= 16); // two quizzes of 8 or more
    }

    void brokenPackNamesEveryProblem()
    {
        QTemporaryDir dir;
        const QString pack = testpack::copyPack(dir);
        QVERIFY(testpack::editFile(pack + QStringLiteral("/modules/alpha.xml"), QStringLiteral("type=\"single\""),
                                   QStringLiteral("type=\"essay\"")));
        QVERIFY(testpack::editFile(pack + QStringLiteral("/modules/alpha.xml"), QStringLiteral("passPercent=\"70\""),
                                   QStringLiteral("passPercent=\"170\"")));
        const Run r = runKhien({QStringLiteral("check-content"), pack});
        QCOMPARE(r.exitCode, 1);
        const QString file = pack + QStringLiteral("/modules/alpha.xml");
        QVERIFY2(r.out.contains(file + QStringLiteral(":18: passPercent must be a whole number from 1 to 100")), qPrintable(r.out));
        QVERIFY2(r.out.contains(file + QStringLiteral(":21: unknown question type \"essay\"")), qPrintable(r.out));
        QVERIFY(r.out.trimmed().endsWith(QStringLiteral("2 problems")));

        const Run json = runKhien({QStringLiteral("check-content"), QStringLiteral("--json"), pack});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QVERIFY(!o.value(QStringLiteral("clean")).toBool());
        QCOMPARE(o.value(QStringLiteral("problems")).toArray().size(), 2);
    }

    void strictRejectsASmallPack()
    {
        const Run r = runKhien({QStringLiteral("check-content"), QStringLiteral("--strict"),
                             testpack::dataDir() + QStringLiteral("/packs/good")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("module \"alpha\": its quiz has 3 questions of 3 types")), qPrintable(r.out));
    }

    // A question without <explain> is a warning; --strict fails on it.
    void missingExplanationFailsOnlyStrict()
    {
        const QString pack = testpack::dataDir() + QStringLiteral("/packs/typed");
        const QString warning = QStringLiteral("typed.xml:76: warning: question \"no-explain\" has no <explain> for a, b");
        const Run plain = runKhien({QStringLiteral("check-content"), pack});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(plain.out.contains(warning), qPrintable(plain.out));
        for (const char *count : {"missingword 1", "numeric 2", "shortanswer 2", "single 1", "0 problems, 1 warnings"})
            QVERIFY2(plain.out.contains(QLatin1String(count)), count);
        const Run strict = runKhien({QStringLiteral("check-content"), QStringLiteral("--strict"), pack});
        QCOMPARE(strict.exitCode, 1);
        QVERIFY2(strict.out.contains(QStringLiteral("typed.xml:76: question \"no-explain\" has no <explain> for a, b")), qPrintable(strict.out));
    }

    void reviewDatesAreErrorsOnlyAsOfAGivenDate()
    {
        QTemporaryDir dir;
        const QString pack = testpack::copyPack(dir);
        QVERIFY(testpack::editFile(pack + QStringLiteral("/modules/alpha.xml"), QStringLiteral("<lesson id=\"alpha-lesson\">"),
                                   QStringLiteral("<lesson id=\"alpha-lesson\" review-by=\"2026-12-01\">")));
        const Run asOf = runKhien({QStringLiteral("check-content"), QStringLiteral("--as-of"), QStringLiteral("2026-12-03"), pack});
        QCOMPARE(asOf.exitCode, 1);
        QVERIFY2(asOf.out.contains(QStringLiteral("lesson \"alpha-lesson\" was to be reviewed by 2026-12-01 (checked as of 2026-12-03)")), qPrintable(asOf.out));
        QVERIFY(!asOf.out.contains(QStringLiteral("warning:")));
        const Run before = runKhien({QStringLiteral("check-content"), QStringLiteral("--as-of"), QStringLiteral("2026-12-01"), pack});
        QCOMPARE(before.exitCode, 0);
        // Without --as-of (today is later than 2026-12-01): a warning, and the exit code stays 0.
        const Run today = runKhien({QStringLiteral("check-content"), pack});
        QCOMPARE(today.exitCode, 0);
        QVERIFY2(today.out.contains(QStringLiteral(": warning: lesson \"alpha-lesson\" was to be reviewed by 2026-12-01")), qPrintable(today.out));
        QVERIFY2(today.out.contains(QStringLiteral("0 problems, 1 warnings")), qPrintable(today.out));
        const Run json = runKhien({QStringLiteral("check-content"), QStringLiteral("--json"), pack});
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QVERIFY(o.value(QStringLiteral("clean")).toBool());
        QCOMPARE(o.value(QStringLiteral("warnings")).toInt(), 1);
        QVERIFY(o.value(QStringLiteral("problems")).toArray().first().toObject().value(QStringLiteral("warning")).toBool());
        QCOMPARE(runKhien({QStringLiteral("check-content"), QStringLiteral("--as-of"), QStringLiteral("3/12/2026"), pack}).exitCode, 2);
    }

    void missingFolderFails()
    {
        const Run r = runKhien({QStringLiteral("check-content"), QStringLiteral("/nonexistent/pack")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QStringLiteral("/nonexistent/pack/course.xml: cannot open the file")));
    }

    void portableModeKeepsDataBesideTheExecutable()
    {
        QTemporaryDir dir;
        const QString exe = dir.filePath(QStringLiteral("khien"));
        QVERIFY(QFile::copy(QStringLiteral(KHIEN_BINARY), exe));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("KHIEN_DB"));
        p.setProcessEnvironment(env);

        p.start(exe, {QStringLiteral("paths")});
        QVERIFY(p.waitForFinished(30000));
        QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("portable: no")), qPrintable(out));
        // The same per-user location the app uses (QStandardPaths with org and app "Khien").
        QVERIFY2(out.contains(QStringLiteral("/Khien/Khien/khien.sqlite\n")), qPrintable(out));
        QVERIFY(!out.contains(dir.path()));

        QFile marker(dir.filePath(QStringLiteral("khien-portable")));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();
        p.start(exe, {QStringLiteral("paths")});
        QVERIFY(p.waitForFinished(30000));
        out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("database: ") + dir.filePath(QStringLiteral("khien-data/khien.sqlite"))), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("packs: ") + dir.filePath(QStringLiteral("khien-data/packs"))));
        QVERIFY(out.contains(QStringLiteral("portable: yes")));
    }

    void messagesFollowAVietnameseSystemLanguage()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("vi_VN.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("vi_VN.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KHIEN_BINARY), {QStringLiteral("check-content"), QStringLiteral("/nonexistent/pack")});
        QVERIFY(p.waitForFinished(30000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("/nonexistent/pack/course.xml: không mở được tệp")), qPrintable(out));
    }

    void exportWritesNeutralisedCsvAndXapi()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("khien.sqlite"));
        {
            khien::Store store;
            QCOMPARE(store.open(db), khien::Store::OpenError::None);
            QVERIFY(store.createTrainee(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), QStringLiteral("A1")));
        }
        const QString csv = dir.filePath(QStringLiteral("scores.csv"));
        Run r = runKhien({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                       QStringLiteral("--out"), csv, QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));            // UTF-8 BOM for Excel
        QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""));  // neutralised and quoted
        QVERIFY(!bytes.contains("\n=HYPERLINK"));

        const QString json = dir.filePath(QStringLiteral("statements.json"));
        r = runKhien({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xapi"),
                   QStringLiteral("--out"), json, QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        QFile j(json);
        QVERIFY(j.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(j.readAll()).isArray());

        r = runKhien({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("docx"),
                   QStringLiteral("--out"), json, QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 2);
    }

    // A class's PDF report and a session's CSV from the command line, with no display.
    void exportByClassAndSession()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("khien.sqlite"));
        QString sessionId, inClass;
        {
            khien::Store store;
            QCOMPARE(store.open(db), khien::Store::OpenError::None);
            const auto cls = store.createClass(QStringLiteral("Lớp 12A"));
            QVERIFY(cls);
            QCOMPARE(store.addNewTraineesToClass(cls->id, {QStringLiteral("Trần Ngọc Ánh"), QStringLiteral("Đặng Quốc Bảo")}),
                     std::optional<int>(2));
            inClass = store.classMembers(cls->id).first().id;
            QVERIFY(store.createTrainee(QStringLiteral("Người ngoài lớp"), {}));
            const auto session = store.createSession(cls->id, QStringLiteral("Buổi 1"), QDate(2026, 11, 23),
                                                     {QStringLiteral("scams")});
            QVERIFY(session);
            sessionId = session->id;
        }
        const QString csv = dir.filePath(QStringLiteral("buoi1.csv"));
        Run r = runKhien({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                          QStringLiteral("--class"), QStringLiteral("lớp 12a"), QStringLiteral("--session"), sessionId,
                          QStringLiteral("--out"), csv, QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(bytes.count("\r\n"), 1 + 2); // two members x the session's one module
        QVERIFY(bytes.contains(QStringLiteral("Đặng Quốc Bảo").toUtf8()));
        QVERIFY(!bytes.contains(QStringLiteral("Người ngoài lớp").toUtf8()));

        const QString pdf = dir.filePath(QStringLiteral("báo cáo.pdf"));
        r = runKhien({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
                      QStringLiteral("--class"), QStringLiteral("Lớp 12A"), QStringLiteral("--out"), pdf,
                      QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.readAll().startsWith("%PDF"));
        // A session's report: the GUI application the PDF needs must not eat "--session".
        r = runKhien({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
                      QStringLiteral("--session"), sessionId, QStringLiteral("--out"), pdf,
                      QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (!pdftotext.isEmpty()) {
            QProcess text;
            text.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
            QVERIFY(text.waitForFinished(30000));
            const QString shown = QString::fromUtf8(text.readAllStandardOutput());
            QVERIFY2(shown.contains(QStringLiteral("Buổi 1")), qPrintable(shown.left(400)));
            QVERIFY(shown.contains(QStringLiteral("Lớp 12A")));
            QVERIFY(shown.contains(QStringLiteral("Trần Ngọc Ánh")));
            QVERIFY(!shown.contains(QStringLiteral("Người ngoài lớp")));
        }

        // Nothing passed yet: no certificate, and a clear reason.
        r = runKhien({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("certificate"),
                      QStringLiteral("--trainee"), inClass, QStringLiteral("--out"), dir.filePath(QStringLiteral("c.pdf")),
                      QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("c.pdf"))));
        r = runKhien({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                      QStringLiteral("--class"), QStringLiteral("Lớp 99"), QStringLiteral("--out"), csv,
                      QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("Lớp 99")));
    }

    // The documented way out of a forgotten passphrase: it goes, and nothing else does.
    void resetInstructorKeepsData()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("khien.sqlite"));
        {
            khien::Store store;
            QCOMPARE(store.open(db), khien::Store::OpenError::None);
            QVERIFY(store.createTrainee(QStringLiteral("Lê Thu"), {}));
            khien::InstructorLock lock(store, 1000);
            QVERIFY(lock.setInitial(QStringLiteral("một câu mật khẩu dài")).isEmpty());
        }
        Run r = runKhien({QStringLiteral("reset-instructor"), QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        khien::Store store;
        QCOMPARE(store.open(db), khien::Store::OpenError::None);
        QVERIFY(!khien::InstructorLock(store).isSet());
        QCOMPARE(store.trainees().size(), 1);
        store.close();
        r = runKhien({QStringLiteral("reset-instructor"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0); // nothing to do is not an error
        r = runKhien({QStringLiteral("reset-instructor"), QStringLiteral("--db"), dir.filePath(QStringLiteral("none.sqlite"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.sqlite"))));
    }

    void unknownArgumentIsAnError()
    {
        const Run r = runKhien({QStringLiteral("check-content"), QStringLiteral("--frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--frobnicate")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
