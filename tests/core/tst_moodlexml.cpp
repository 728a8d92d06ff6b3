// Moodle XML import: every type Khiên plays, in both languages, into a pack that loads;
// HTML made plain; images checked by their bytes and saved under names made here; hostile
// files (DTD, entities, XXE, huge, not UTF-8, deep) refused with the line, nothing written.
#include "contentloader.h"
#include "htmltext.h"
#include "moodlexml.h"
#include "testpack.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace khien;

namespace {
QString bank(const char *name) { return testpack::dataDir() + QStringLiteral("/moodle/") + QLatin1String(name); }
QByteArray bytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
const ImportedQuestion *named(const ParsedBank &b, const QString &name)
{
    for (const ImportedQuestion &q : b.questions)
        if (q.name == name)
            return &q;
    return nullptr;
}
QStringList messages(const QVector<ImportNote> &notes, ImportNote::Kind kind)
{
    QStringList out;
    for (const ImportNote &n : notes)
        if (n.kind == kind)
            out << describeNote(n);
    return out;
}
} // namespace

class TestMoodleXml : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryTypeKhienPlays()
    {
        const ParsedBank b = readMoodleXml(bytes(bank("bank-vi.xml")), QStringLiteral("vi"));
        QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
        QCOMPARE(b.questions.size(), 8);
        const ImportedQuestion *otp = named(b, QStringLiteral("otp-call"));
        QVERIFY(otp);
        QCOMPARE(otp->idHint, QStringLiteral("otp-call"));
        QCOMPARE(otp->question.type, QuestionType::Single);
        QCOMPARE(otp->question.prompt.vi, QStringLiteral("Người gọi xưng là nhân viên ngân hàng và xin mã OTP.\n\nBạn làm gì?"));
        QVERIFY(otp->question.options.at(0).correct);
        // No feedback of its own: the general feedback explains it.
        QCOMPARE(otp->question.options.at(2).explanation.vi, QStringLiteral("Ngân hàng không bao giờ xin OTP."));
        QCOMPARE(otp->images.size(), 1);
        QCOMPARE(otp->images.first().extension, QStringLiteral("png"));
        QVERIFY(otp->images.first().data.startsWith("\x89PNG"));

        const ImportedQuestion *signs = named(b, QStringLiteral("Dấu hiệu lừa đảo"));
        QCOMPARE(signs->question.type, QuestionType::Multiple);
        QCOMPARE(signs->question.prompt.vi, QStringLiteral("Những dấu hiệu nào cho thấy tin nhắn là lừa đảo?\n• chọn mọi đáp án đúng"));
        QCOMPARE(signs->question.options.at(2).correct, false);

        const Question &tf = named(b, QStringLiteral("bank-never"))->question;
        QCOMPARE(tf.type, QuestionType::TrueFalse);
        QVERIFY(tf.option(QStringLiteral("true"))->correct);
        QCOMPARE(tf.option(QStringLiteral("false"))->explanation.vi, QStringLiteral("Sai: ngân hàng không hỏi."));

        const Question &sa = named(b, QStringLiteral("otp-name"))->question;
        QCOMPARE(sa.type, QuestionType::ShortAnswer);
        QCOMPARE(sa.options.size(), 2); // the 0% "*" is left out, with a warning
        QCOMPARE(sa.options.at(1).fraction, 0.5);
        QCOMPARE(sa.options.at(1).text.vi, QStringLiteral("mã xác *"));

        const Question &num = named(b, QStringLiteral("hotline"))->question;
        QCOMPARE(num.type, QuestionType::Numeric);
        QCOMPARE(num.options.size(), 2);
        QCOMPARE(num.options.at(1).value, 4.0);
        QCOMPARE(num.options.at(1).tolerance, 1.0);
        QCOMPARE(num.options.at(1).fraction, 0.5);

        const Question &pairs = named(b, QStringLiteral("pairs"))->question;
        QCOMPARE(pairs.type, QuestionType::Matching);
        QCOMPARE(pairs.options.size(), 3); // the distractor is reported and left out
        QCOMPARE(pairs.options.at(2).match.vi, QStringLiteral("Khóa bảo mật"));

        const Question &order = named(b, QStringLiteral("after-phishing"))->question;
        QCOMPARE(order.type, QuestionType::Ordering);
        QCOMPARE(order.options.at(0).text.vi, QStringLiteral("Gọi ngân hàng")); // sorted by fraction
        QCOMPARE(order.options.at(2).text.vi, QStringLiteral("Báo cáo"));

        const Question &missing = named(b, QStringLiteral("missing"))->question;
        QCOMPARE(missing.type, QuestionType::MissingWord);
        QCOMPARE(missing.prompt.vi, QStringLiteral("Đừng bao giờ"));
        QCOMPARE(missing.promptAfter.vi, QStringLiteral("mã OTP cho người khác."));
        QVERIFY(missing.options.at(1).correct);

        const QStringList skipped = messages(b.notes, ImportNote::Kind::Skipped);
        QCOMPARE(skipped.size(), 5);
        QVERIFY2(skipped.first().startsWith(QStringLiteral("line 78 (essay): \"essay\"")), qPrintable(skipped.first()));
        QVERIFY(skipped.join(QLatin1Char('|')).contains(QStringLiteral("(cloze): \"multianswer\"")));
        const QStringList warnings = messages(b.notes, ImportNote::Kind::Warning);
        QVERIFY(warnings.join(QLatin1Char('|')).contains(QStringLiteral("extra right-hand choice")));
    }

    void importsBothLanguagesIntoOnePlayablePack()
    {
        QTemporaryDir dir;
        const QString pack = dir.filePath(QStringLiteral("pack"));
        const ImportReport vi = importMoodleXml(bank("bank-vi.xml"), QStringLiteral("vi"), QStringLiteral("moodle"), pack);
        QVERIFY2(vi.error.isEmpty(), qPrintable(vi.error));
        QCOMPARE(vi.imported(), 8);
        QVERIFY(QFileInfo::exists(pack + QStringLiteral("/lessons/images/moodle-otp-call-1.png")));
        const ImportReport en = importMoodleXml(bank("bank-en.xml"), QStringLiteral("en"), QStringLiteral("moodle"), pack);
        QVERIFY2(en.error.isEmpty(), qPrintable(en.error));
        const PackLoadResult loaded = loadPack(pack, true);
        QVERIFY2(loaded.isClean(), qPrintable(loaded.issues.value(0).toString()));
        QCOMPARE(loaded.course->languages, (QStringList{"vi", "en"}));
        const Quiz &quiz = *loaded.course->module(QStringLiteral("moodle"))->quiz;
        QCOMPARE(quiz.questions.size(), 8); // merged by idnumber or name, not doubled
        QCOMPARE(quiz.question(QStringLiteral("otp-call"))->prompt.en,
                 QStringLiteral("A caller says he is from the bank and asks for your OTP. What do you do?"));
        QCOMPARE(quiz.question(QStringLiteral("missing"))->promptAfter.en, QStringLiteral("your OTP with anyone."));
    }

    void htmlBecomesPlainText()
    {
        const PlainFromHtml p = plainFromHtml(QStringLiteral(
            "<p>Một&nbsp;đoạn &amp; <b>đậm</b></p><ol><li>một</li><li>hai</li></ol>a &lt; b, 1 &lt;3, &lt;script&gt;"
            "<br>dòng<!-- <img src=x> --><style>p{}</style><iframe src=http://127.0.0.1:9/></iframe>&#273;&#x1EA1;"));
        QCOMPARE(p.text, QStringLiteral("Một đoạn & đậm\n\n1. một\n\n2. hai\n\na ‹ b, 1 <3, ‹script>\ndòngđạ"));
        QCOMPARE(p.droppedScripts, (QStringList{"style", "iframe"}));
        QVERIFY(p.remoteImages.isEmpty()); // the one in the comment is no image
    }

    void dropsScriptsRemoteImagesAndFilesThatAreNotImages()
    {
        const ParsedBank b = readMoodleXml(bytes(bank("hostile-html.xml")), QStringLiteral("en"));
        QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
        QCOMPARE(b.questions.size(), 1);
        QCOMPARE(b.questions.first().question.prompt.en, QStringLiteral("Is this safe?"));
        const QString warnings = messages(b.notes, ImportNote::Kind::Warning).join(QLatin1Char('|'));
        QVERIFY2(warnings.contains(QStringLiteral("a <script> in its text was dropped")), qPrintable(warnings));
        QVERIFY(warnings.contains(QStringLiteral("\"http://127.0.0.1:9/track.png\" is not inside the file")));
        QVERIFY(warnings.contains(QStringLiteral("\"x.svg\" is not a PNG, JPEG or GIF image")));
        // A file named "../../../etc/evil.png" is kept only as bytes; the pack names it.
        QCOMPARE(b.questions.first().images.size(), 1);
        QTemporaryDir dir;
        const QString pack = dir.filePath(QStringLiteral("pack"));
        const ImportReport r = importMoodleXml(bank("hostile-html.xml"), QStringLiteral("en"), QStringLiteral("h"), pack);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(QFileInfo::exists(pack + QStringLiteral("/lessons/images/h-html-tricks-1.png")));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("etc/evil.png"))));
        QVERIFY(!QFileInfo::exists(pack + QStringLiteral("/../etc/evil.png")));
        QVERIFY(!QFileInfo::exists(pack + QStringLiteral("/lessons/images/x.svg")));
    }

    void refusesHostileFilesAndWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::newRow("billion laughs") << bytes(bank("doctype.xml")) << ": a <!DOCTYPE> (DTD) is not allowed";
        QTest::newRow("xxe") << bytes(bank("xxe.xml")) << ": a <!DOCTYPE> (DTD) is not allowed";
        QTest::newRow("undeclared entity") << bytes(bank("entity.xml")) << "line 3: ";
        QTest::newRow("not utf-8") << QByteArray("<?xml version=\"1.0\"?>\n<quiz>\n<question type=\"truefalse\"><name><text>\xff\xfe</text></name></question></quiz>")
                                   << "line 3 is not valid UTF-8";
        QTest::newRow("not a bank") << QByteArray("<html><body>hi</body></html>") << "line 1: expected <quiz>";
        QTest::newRow("too deep") << (QByteArray("<quiz><question type=\"truefalse\">") + QByteArray("<a>").repeated(100000)) << "nested more than 16 deep";
        QTest::newRow("broken") << QByteArray("<quiz><question type=\"truefalse\"><name>") << "line 1: ";
        QTest::newRow("empty") << QByteArray() << "line 1: ";
        QTest::newRow("50 MB") << QByteArray() << "larger than 20 MB";
    }

    void refusesHostileFilesAndWritesNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("in.xml"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (QByteArray(QTest::currentDataTag()) == "50 MB")
            QVERIFY(f.resize(50 * 1024 * 1024)); // sparse: refused by its size, before it is read
        else
            f.write(content);
        f.close();
        const QString pack = dir.filePath(QStringLiteral("pack"));
        QElapsedTimer timer;
        timer.start();
        const ImportReport r = importMoodleXml(file, QStringLiteral("vi"), QStringLiteral("bank"), pack);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(r.error.contains(error), qPrintable(r.error));
        QCOMPARE(r.imported(), 0);
        QVERIFY(!QFileInfo::exists(pack)); // nothing written
    }

    void tellsFormatsApart()
    {
        QCOMPARE(bankFormatOf(bank("bank-vi.xml")), QStringLiteral("moodle-xml"));
        QCOMPARE(bankFormatOf(testpack::dataDir() + QStringLiteral("/gift/bank-vi.gift")), QStringLiteral("gift"));
        QTemporaryDir dir;
        const QString txt = dir.filePath(QStringLiteral("bank.txt"));
        QVERIFY(QFile::copy(bank("bank-en.xml"), txt));
        QCOMPARE(bankFormatOf(txt), QStringLiteral("moodle-xml"));
    }
};

QTEST_GUILESS_MAIN(TestMoodleXml)
#include "tst_moodlexml.moc"
