// Export to Moodle (XML and GIFT) and back: importing what was exported gives the same
// questions (type, texts, right answers, fractions and values) for every type the format
// holds, for the shipped course and for a module of every importable type.
#include "contentloader.h"
#include "datapaths.h"
#include "giftimport.h"
#include "moodleexport.h"
#include "moodlexml.h"
#include "packimport.h"

#include <QtTest>

using namespace khien;

namespace {

Option choice(const QString &id, const QString &vi, const QString &en, bool correct, const QString &why = {})
{
    Option o;
    o.id = id;
    o.text = {vi, en};
    o.correct = correct;
    if (!why.isEmpty())
        o.explanation = {why, why};
    return o;
}

// A module holding one question of each type an import can make, with awkward characters.
Module everyType()
{
    Module m;
    m.id = QStringLiteral("every-type");
    m.title = {QStringLiteral("Mọi kiểu"), QStringLiteral("Every type")};
    Quiz quiz;
    quiz.id = QStringLiteral("every-type-quiz");
    Question single;
    single.id = QStringLiteral("single");
    single.prompt = {QStringLiteral("Chọn một: {a} = b ~ c # d : e & <3 \\ \"x\""), QStringLiteral("Pick one: {a} = b ~ c # d : e & <3")};
    single.options = {choice("a", "Đúng", "Right", true, "Vì vậy."), choice("b", "Sai", "Wrong", false, "Không.")};
    Question multiple = single;
    multiple.id = QStringLiteral("multiple");
    multiple.type = QuestionType::Multiple;
    multiple.options.append(choice("c", "Cũng đúng", "Also right", true));
    Question tf;
    tf.id = QStringLiteral("tf");
    tf.type = QuestionType::TrueFalse;
    tf.prompt = {QStringLiteral("OTP là bí mật."), QStringLiteral("An OTP is secret.")};
    tf.options = {choice("true", {}, {}, true, "Đúng."), choice("false", {}, {}, false, "Sai.")};
    Question matching;
    matching.id = QStringLiteral("matching");
    matching.type = QuestionType::Matching;
    matching.prompt = {QStringLiteral("Ghép."), QStringLiteral("Match.")};
    for (int i = 0; i < 3; ++i) {
        Option o = choice(QString(QChar(u'a' + i)), QStringLiteral("trái %1").arg(i), QStringLiteral("left %1").arg(i), true);
        o.match = {QStringLiteral("phải %1").arg(i), QStringLiteral("right %1").arg(i)};
        matching.options.append(o);
    }
    Question ordering = matching;
    ordering.id = QStringLiteral("ordering");
    ordering.type = QuestionType::Ordering;
    for (Option &o : ordering.options)
        o.match = {};
    Question shortAnswer;
    shortAnswer.id = QStringLiteral("short");
    shortAnswer.type = QuestionType::ShortAnswer;
    shortAnswer.prompt = {QStringLiteral("Viết tắt?"), QStringLiteral("Abbreviation?")};
    Option otp = choice("a", "OTP", "OTP", true, "Đúng.");
    otp.fraction = 1;
    Option half = choice("b", "mã *", "one-time *", true);
    half.fraction = 0.5;
    shortAnswer.options = {otp, half};
    Question numeric;
    numeric.id = QStringLiteral("numeric");
    numeric.type = QuestionType::Numeric;
    numeric.prompt = {QStringLiteral("Số báo lừa đảo?"), QStringLiteral("Scam number?")};
    Option exact;
    exact.id = QStringLiteral("a");
    exact.correct = true;
    exact.fraction = 1;
    exact.value = 156;
    Option near = exact;
    near.id = QStringLiteral("b");
    near.fraction = 0.5;
    near.value = -2.5;
    near.tolerance = 0.25;
    numeric.options = {exact, near};
    Question missing;
    missing.id = QStringLiteral("missing");
    missing.type = QuestionType::MissingWord;
    missing.prompt = {QStringLiteral("Đừng bao giờ"), QStringLiteral("Never")};
    missing.promptAfter = {QStringLiteral("mã OTP."), QStringLiteral("your OTP.")};
    missing.options = {choice("a", "chia sẻ", "share", true), choice("b", "gửi", "send", false)};
    quiz.questions = {single, multiple, tf, matching, ordering, shortAnswer, numeric, missing};
    m.quiz = quiz;
    return m;
}

ParsedBank reimport(const BankExport &exported, BankFormat format, const QString &lang)
{
    return format == BankFormat::Gift ? giftBank(parseGift(QString::fromUtf8(exported.data)), lang)
                                      : readMoodleXml(exported.data, lang);
}

} // namespace

class TestMoodleExport : public QObject
{
    Q_OBJECT

private:
    // Every question of `module` that the format holds comes back the same.
    void checkRoundTrip(const Module &module, BankFormat format, const QString &lang)
    {
        const BankExport exported = exportBank(module, lang, format);
        const ParsedBank back = reimport(exported, format, lang);
        QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
        QHash<QString, const Question *> byId;
        for (const ImportedQuestion &iq : back.questions)
            byId.insert(format == BankFormat::Gift ? iq.name : iq.idHint, &iq.question);
        int compared = 0;
        for (const Question &q : module.quiz->questions) {
            const bool held = q.type != QuestionType::Scenario && !(format == BankFormat::Gift && q.type == QuestionType::Ordering);
            QCOMPARE(byId.contains(q.id), held);
            if (!held)
                continue;
            const Question &r = *byId.value(q.id);
            const QString where = q.id + QStringLiteral(": ");
            if (q.type == QuestionType::RedFlags) {
                QCOMPARE(r.type, QuestionType::Multiple);
                QVERIFY2(r.prompt.in(lang).endsWith(redFlagsNote(lang)), qPrintable(where + r.prompt.in(lang)));
            } else {
                QVERIFY2(r.type == q.type, qPrintable(where + questionTypeName(r.type)));
                QCOMPARE(r.prompt.in(lang), q.prompt.in(lang));
                QCOMPARE(r.promptAfter.in(lang), q.promptAfter.in(lang));
            }
            QCOMPARE(r.options.size(), q.options.size());
            for (int i = 0; i < q.options.size(); ++i) {
                const Option &a = q.options[i], &b = r.options[i];
                QVERIFY2(a.correct == b.correct || q.type == QuestionType::Ordering, qPrintable(where + a.id));
                if (q.type != QuestionType::TrueFalse && q.type != QuestionType::Numeric)
                    QCOMPARE(b.text.in(lang), a.text.in(lang));
                QCOMPARE(b.match.in(lang), a.match.in(lang));
                if (q.type == QuestionType::ShortAnswer || q.type == QuestionType::Numeric) {
                    QCOMPARE(b.fraction, a.fraction);
                    QCOMPARE(b.value, a.value);
                    QCOMPARE(b.tolerance, a.tolerance);
                }
            }
            if (format == BankFormat::MoodleXml)
                QCOMPARE(r.caseSensitive, q.caseSensitive);
            ++compared;
        }
        QCOMPARE(compared, exported.written);
        QVERIFY(compared > 0);
    }

private slots:
    void roundTripsEveryType_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("lang");
        QTest::newRow("xml vi") << int(BankFormat::MoodleXml) << "vi";
        QTest::newRow("xml en") << int(BankFormat::MoodleXml) << "en";
        QTest::newRow("gift vi") << int(BankFormat::Gift) << "vi";
        QTest::newRow("gift en") << int(BankFormat::Gift) << "en";
    }

    void roundTripsEveryType()
    {
        QFETCH(int, format);
        QFETCH(QString, lang);
        checkRoundTrip(everyType(), BankFormat(format), lang);
        const PackLoadResult shipped = loadPack(shippedPackPath());
        QVERIFY(shipped.course);
        for (const Module &m : shipped.course->modules)
            if (m.quiz)
                checkRoundTrip(m, BankFormat(format), lang);
    }

    void reportsWhatTheFormatCannotHold()
    {
        const PackLoadResult shipped = loadPack(shippedPackPath());
        int scenarios = 0, orderings = 0;
        for (const Module &m : shipped.course->modules) {
            const BankExport gift = exportBank(m, QStringLiteral("en"), BankFormat::Gift);
            for (const ImportNote &n : gift.notes) {
                scenarios += n.message.contains(QStringLiteral("scenario")) ? 1 : 0;
                orderings += n.message.contains(QStringLiteral("ordering")) ? 1 : 0;
            }
        }
        QCOMPARE(scenarios, 7);
        QCOMPARE(orderings, 9);
    }

    // The whole way: export a shipped module, import the file into a new pack, load it.
    void importsAnExportedModuleIntoAPackThatLoads_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("xml") << int(BankFormat::MoodleXml);
        QTest::newRow("gift") << int(BankFormat::Gift);
    }

    void importsAnExportedModuleIntoAPackThatLoads()
    {
        QFETCH(int, format);
        const PackLoadResult shipped = loadPack(shippedPackPath());
        const Module &module = shipped.course->modules.first();
        QTemporaryDir dir;
        const QString file = dir.filePath(format == int(BankFormat::Gift) ? QStringLiteral("m.gift") : QStringLiteral("m.xml"));
        const BankExport exported = exportBank(module, QStringLiteral("vi"), BankFormat(format));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(exported.data) == exported.data.size());
        f.close();
        const QString pack = dir.filePath(QStringLiteral("pack"));
        const ImportReport r = bankFormatOf(file) == QLatin1String("gift")
                ? importGift(file, QStringLiteral("vi"), QStringLiteral("again"), pack)
                : importMoodleXml(file, QStringLiteral("vi"), QStringLiteral("again"), pack);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.imported(), exported.written);
        const PackLoadResult loaded = loadPack(pack, true);
        QVERIFY2(loaded.isClean(), qPrintable(loaded.issues.value(0).toString()));
        QCOMPARE(loaded.course->modules.first().quiz->questions.size(), exported.written);
    }
};

QTEST_GUILESS_MAIN(TestMoodleExport)
#include "tst_moodleexport.moc"
