// Projector decks: every module of the test packs and the shipped course gives a deck with
// every question once and in order, the right answers marked, slides short enough for a
// projector and as many slides in both languages; lessons are cut without losing a word.
#include "contentloader.h"
#include "datapaths.h"
#include "lessonbody.h"
#include "projectordeck.h"
#include "answerfeedback.h"
#include "testpack.h"

#include <QRegularExpression>
#include <QtTest>

using namespace khien;

namespace {

// A lesson slide's HTML as the words it shows: tags out, the five escapes back.
QString plain(QString html)
{
    html.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
    return html.replace(QLatin1String("&lt;"), QLatin1String("<")).replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\"")).replace(QLatin1String("&amp;"), QLatin1String("&"));
}

int words(const QString &text)
{
    static const QRegularExpression letter(QStringLiteral("[\\p{L}\\p{N}]"));
    int n = 0;
    for (const QString &token : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        n += token.contains(letter) ? 1 : 0;
    return n;
}

QStringList texts(const QVector<SlideLine> &lines)
{
    QStringList t;
    for (const SlideLine &l : lines)
        t.append(l.text + (l.correct ? QStringLiteral(" ✓") : QString()));
    return t;
}

QString paragraph(const QString &word, int count)
{
    return QStringList(count, word).join(QLatin1Char(' ')) + QLatin1Char('.');
}

} // namespace

class TestProjectorDeck : public QObject
{
    Q_OBJECT

    QVector<Module> m_modules;
    const Module &module(const char *id) const
    {
        for (const Module &m : m_modules)
            if (m.id == QLatin1String(id))
                return m;
        qFatal("no module %s", id);
    }

    void checkQuestion(const Question &q, const Slide &s, const QString &lang)
    {
        if (q.type == QuestionType::ShortAnswer || q.type == QuestionType::Numeric) {
            // Typed answers stay hidden until the reveal, which lists them with every explanation.
            QCOMPARE(s.heading, q.prompt.in(lang));
            QVERIFY(s.lines.isEmpty());
            for (const QString &accepted : acceptedAnswerTexts(q, lang))
                QVERIFY2(s.reveal.contains(accepted), qPrintable(s.reveal));
            for (const Option &o : q.options)
                QVERIFY(s.reveal.contains(o.explanation.in(lang)));
            return;
        }
        if (q.type == QuestionType::MissingWord)
            QCOMPARE(s.heading, q.prompt.in(lang) + QStringLiteral(" _____ ") + q.promptAfter.in(lang));
        else
            QCOMPARE(s.heading, q.prompt.in(lang));
        if (!hasExplanations(q, lang)) // the test pack's "no-explain"
            QVERIFY2(s.reveal.contains(QStringLiteral("No explanation was given for this question.")), qPrintable(q.id));
        QCOMPARE(s.lines.size(), q.options.size());
        const bool all = q.type == QuestionType::Ordering || q.type == QuestionType::Matching;
        for (int i = 0; i < q.options.size(); ++i) {
            QVERIFY2(!s.lines.at(i).text.isEmpty(), qPrintable(q.id));
            QCOMPARE(s.lines.at(i).correct, q.options.at(i).correct || all);
            if (q.options.at(i).correct || all)
                QVERIFY(s.reveal.contains(q.options.at(i).explanation.in(lang)));
        }
    }

private slots:
    void initTestCase()
    {
        for (const QString &pack : {testpack::dataDir() + QStringLiteral("/packs/good"),
                                    testpack::dataDir() + QStringLiteral("/packs/types"),
                                    testpack::dataDir() + QStringLiteral("/packs/typed"), shippedPackPath()}) {
            const PackLoadResult r = loadPack(pack, true);
            QVERIFY2(r.isClean(), qPrintable(pack + QLatin1Char(' ') + r.issues.value(0).toString()));
            m_modules += r.course->modules;
        }
        QVERIFY(m_modules.size() >= 10);
    }

    void everyModule_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_modules.size(); ++i)
            QTest::newRow(qPrintable(m_modules.at(i).id)) << i;
    }
    void everyModule()
    {
        QFETCH(int, index);
        const Module &m = m_modules.at(index);
        const QVector<Slide> vi = projectorDeck(m, QStringLiteral("vi"));
        const QVector<Slide> en = projectorDeck(m, QStringLiteral("en"));
        QCOMPARE(vi.size(), en.size());
        for (const QString &lang : supportedLanguages()) {
            const QVector<Slide> deck = lang == QLatin1String("vi") ? vi : en;
            QCOMPARE(deck.first().kind, QStringLiteral("title"));
            QCOMPARE(deck.first().heading, m.title.in(lang));
            QCOMPARE(deck.first().lines.size(), m.objectives.size());
            QStringList shown; // question ids in deck order, one entry per run of slides
            QStringList lessons;
            for (int i = 0; i < deck.size(); ++i) {
                const Slide &s = deck.at(i);
                const QString where = QStringLiteral("%1 %2 slide %3").arg(m.id, lang).arg(i + 1);
                QVERIFY2(!s.heading.trimmed().isEmpty(), qPrintable(where));
                QVERIFY2(words(plain(s.body)) <= 150, qPrintable(where + QStringLiteral(": %1 words").arg(words(plain(s.body)))));
                QCOMPARE(s.kind == QLatin1String("question") || s.kind == QLatin1String("scenario"), !s.questionId.isEmpty());
                QCOMPARE(s.kind, vi.at(i).kind);
                QCOMPARE(s.questionId, vi.at(i).questionId);
                if (s.kind == QLatin1String("lesson") && !lessons.contains(s.context))
                    lessons.append(s.context);
                if (!s.questionId.isEmpty() && (shown.isEmpty() || shown.last() != s.questionId))
                    shown.append(s.questionId);
            }
            QCOMPARE(lessons.size(), m.lessons.size());
            QStringList expected;
            if (m.quiz)
                for (const Question &q : m.quiz->questions)
                    expected.append(q.id);
            QCOMPARE(shown, expected); // each once, in content order, never shuffled
            for (const Slide &s : deck)
                if (s.kind == QLatin1String("question")) {
                    checkQuestion(*m.quiz->question(s.questionId), s, lang);
                    if (QTest::currentTestFailed())
                        return;
                }
                else if (s.kind == QLatin1String("scenario"))
                    QCOMPARE(std::count_if(s.lines.cbegin(), s.lines.cend(), [](const SlideLine &l) { return l.correct; }), 1);
        }
    }

    // Lesson slides hold every word of the lesson (headings become slide headings).
    void lessonsLoseNoWords()
    {
        for (const Module &m : std::as_const(m_modules))
            for (const QString &lang : supportedLanguages()) {
                const QVector<Slide> deck = projectorDeck(m, lang);
                for (const Lesson &lesson : m.lessons) {
                    const QString markdown = readLessonBody(lesson, lang).markdown;
                    int expected = 0;
                    static const QRegularExpression listNumber(QStringLiteral("^\\s*\\d+[.)]\\s"));
                    for (QString line : markdown.split(QLatin1Char('\n')))
                        if (!line.startsWith(QLatin1Char('#')))
                            expected += words(line.remove(listNumber)); // "1." is drawn by the list
                    int got = 0;
                    for (const Slide &s : deck)
                        got += s.context == lesson.title.in(lang) ? words(plain(s.body)) : 0;
                    QCOMPARE(got, expected);
                }
            }
    }

    void questionTypesOnSlides()
    {
        const QVector<Slide> types = projectorDeck(module("types"), QStringLiteral("en"));
        QCOMPARE(types.size(), 7); // title, lesson, ordering, matching, red flags, 2 scenario steps
        QCOMPARE(texts(types.at(2).lines), (QStringList{"Step A ✓", "Step B ✓", "Step C ✓", "Step D ✓"}));
        QCOMPARE(types.at(2).reveal, QStringLiteral("A first.\nThen B.\nThen C.\nD last."));
        QCOMPARE(types.at(3).lines.at(1).text, QStringLiteral("Password reuse"));
        QCOMPARE(types.at(3).lines.at(1).note, QStringLiteral("Password manager"));
        QCOMPARE(texts(types.at(4).lines), (QStringList{"Vietcombank", "Dear customer,", "Your points expire today! ✓", "vcb-points.top ✓"}));
        QCOMPARE(types.at(4).lines.at(1).note, QStringLiteral("An ordinary greeting."));
        QCOMPARE(types.at(4).reveal, QStringLiteral("Urgency.\nA lookalike domain."));

        // The scenario along its best path: hang up (2 points, routed past s2), then report.
        const Slide &s1 = types.at(5);
        const Slide &s3 = types.at(6);
        QCOMPARE(s1.kind, QStringLiteral("scenario"));
        QCOMPARE(s1.heading, QStringLiteral("A strange call."));
        QCOMPARE(s1.body, QStringLiteral("The caller says he is the police."));
        QCOMPARE(texts(s1.lines), (QStringList{"Hang up ✓", "Install the app"}));
        QCOMPARE(s1.lines.at(1).note, QStringLiteral("Your phone is taken over."));
        QCOMPARE(s1.reveal, QStringLiteral("You are safe."));
        QCOMPARE(s3.body, QStringLiteral("What next?"));
        QCOMPARE(texts(s3.lines), (QStringList{"Report to 156 ✓", "Forget it"}));
        QCOMPARE(s3.reveal, QStringLiteral("Good.\n\nSafe, and reported.\n\nHang up, then report."));

        const QVector<Slide> good = projectorDeck(module("alpha"), QStringLiteral("vi"));
        QCOMPARE(good.size(), 5);
        QCOMPARE(good.at(1).kind, QStringLiteral("lesson"));
        QCOMPARE(good.at(1).heading, QStringLiteral("Bài học thử"));
        QVERIFY2(good.at(1).body.startsWith(QStringLiteral("<p>Đây là <b>bài học</b>")), qPrintable(good.at(1).body));
        QCOMPARE(good.at(4).heading, QStringLiteral("Nên đọc mã OTP cho người gọi điện."));
        QCOMPARE(texts(good.at(4).lines), (QStringList{"True", "False ✓"})); // no translator loaded
        QCOMPARE(good.at(4).lines.at(0).note, QStringLiteral("Không bao giờ."));
        QCOMPARE(good.at(4).reveal, QStringLiteral("Đúng vậy, không đọc OTP."));
    }

    void unreadableLessonGivesASlide()
    {
        Module m = module("alpha");
        m.lessons.first().bodyPath.en = QStringLiteral("/nonexistent/lesson.en.md");
        const QVector<Slide> deck = projectorDeck(m, QStringLiteral("en"));
        QCOMPARE(deck.size(), 5);
        QCOMPARE(deck.at(1).kind, QStringLiteral("lesson"));
        QCOMPARE(deck.at(1).heading, QStringLiteral("Test lesson"));
        QVERIFY2(deck.at(1).body.contains(QStringLiteral("cannot")), qPrintable(deck.at(1).body));
    }

    // Long sections are cut evenly between paragraphs, at the same places in both languages.
    void longLessonsAreCut()
    {
        QStringList en{QStringLiteral("Intro %1").arg(paragraph(QStringLiteral("word"), 30)), QStringLiteral("## Part")};
        QStringList vi{QStringLiteral("Mở đầu %1").arg(paragraph(QStringLiteral("từ"), 40)), QStringLiteral("## Phần")};
        for (int i = 0; i < 5; ++i) {
            en << QStringLiteral("P%1 %2").arg(i).arg(paragraph(QStringLiteral("word"), 45));
            vi << QStringLiteral("Đ%1 %2").arg(i).arg(paragraph(QStringLiteral("từ"), 55));
        }
        en << QStringLiteral("> **Key point:** short.") << QStringLiteral("After the key point.");
        vi << QStringLiteral("> **Ý chính:** ngắn.") << QStringLiteral("Sau ý chính.");
        const QVector<LessonSlideText> enSlides = lessonSlides(en.join(QLatin1String("\n\n")), vi.join(QLatin1String("\n\n")));
        const QVector<LessonSlideText> viSlides = lessonSlides(vi.join(QLatin1String("\n\n")), en.join(QLatin1String("\n\n")));
        QCOMPARE(enSlides.size(), viSlides.size());
        QCOMPARE(enSlides.size(), 1 + 3 + 1 + 1); // intro; 5 × 56 words in three; key point; the rest
        QCOMPARE(enSlides.at(0).heading, QString());
        QCOMPARE(enSlides.at(1).heading, QStringLiteral("Part"));
        QVERIFY(enSlides.at(1).markdown.startsWith(QLatin1String("P0")));
        QVERIFY(enSlides.at(2).markdown.startsWith(QLatin1String("P2")));
        QVERIFY(viSlides.at(2).markdown.startsWith(QStringLiteral("Đ2")));
        QVERIFY(enSlides.at(4).keyPoint);
        QCOMPARE(enSlides.at(4).markdown.trimmed(), QStringLiteral("**Key point:** short."));
        QCOMPARE(enSlides.at(5).heading, QStringLiteral("Part"));
        for (const LessonSlideText &s : enSlides + viSlides)
            QVERIFY2(slideWordCount(s.markdown) <= kSlideWordLimit, qPrintable(s.markdown));

        // One paragraph over the limit is cut between sentences; a differently built
        // translation still gives as many slides.
        const QString one = QStringList(6, paragraph(QStringLiteral("long"), 39)).join(QLatin1Char(' '));
        const QString three = QStringList(3, paragraph(QStringLiteral("short"), 70)).join(QLatin1String("\n\n"));
        const QVector<LessonSlideText> cut = lessonSlides(one, three);
        QCOMPARE(cut.size(), lessonSlides(three, one).size());
        QCOMPARE(cut.size(), 3);
        for (const LessonSlideText &s : cut)
            QVERIFY2(slideWordCount(s.markdown) <= kSlideWordLimit, qPrintable(s.markdown));
    }

    // An ordering with precedences shows the file's order (a right one) and says it is one of several.
    void orderingWithPrecedencesSaysOtherOrdersAreRight()
    {
        Module m;
        m.id = QStringLiteral("m");
        Quiz quiz;
        Question q;
        q.id = QStringLiteral("order");
        q.type = QuestionType::Ordering;
        for (const char *id : {"a", "b", "c"}) {
            Option o;
            o.id = QString::fromLatin1(id);
            o.text.en = o.id;
            o.correct = true;
            q.options.append(o);
        }
        quiz.questions.append(q);
        m.quiz = quiz;
        QVERIFY(!projectorDeck(m, QStringLiteral("en")).last().reveal.contains(QStringLiteral("Several orders")));
        m.quiz->questions[0].options[2].after = QStringList{QStringLiteral("a")}; // b and c interchangeable after a
        const Slide s = projectorDeck(m, QStringLiteral("en")).last();
        QCOMPARE(s.lines.size(), 3);
        QCOMPARE(s.lines.first().text, QStringLiteral("a"));
        QVERIFY(s.reveal.startsWith(QStringLiteral("Several orders are right; this is one of them.")));
    }
};

QTEST_GUILESS_MAIN(TestProjectorDeck)
#include "tst_projectordeck.moc"
