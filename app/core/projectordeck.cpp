// The projector deck: title, lessons cut into slides, then the quiz in content order.
#include "projectordeck.h"

#include "answerfeedback.h"
#include "lessonbody.h"
#include "lessonmarkdown.h"
#include "quizscoring.h"
#include "scenariostates.h"
#include "typedanswer.h"

#include <QCoreApplication>

namespace khien {

namespace {

struct DeckText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectorDeck)
public:
    //: A true/false question's answer, on a projector slide
    static QString trueText() { return tr("True"); }
    static QString falseText() { return tr("False"); }
    //: Revealed on an ordering question whose file declares which steps must precede which
    static QString severalOrders() { return tr("Several orders are right; this is one of them."); }
    //: %1 says why, e.g. "cannot open the lesson text: No such file or directory"
    static QString unreadable(const QString &why) { return tr("This lesson's text cannot be shown: %1").arg(why); }
    //: Revealed on a question answered by typing; %1 lists the answers accepted
    static QString accepted(const QString &answers) { return tr("Accepted answers: %1").arg(answers); }
    //: Revealed when the content gives no explanation for the question
    static QString noExplanation() { return tr("No explanation was given for this question."); }
};

void addLesson(QVector<Slide> &deck, const Lesson &lesson, const QString &lang)
{
    Slide slide;
    slide.kind = QStringLiteral("lesson");
    slide.context = lesson.title.in(lang);
    slide.heading = slide.context.isEmpty() ? lesson.id : slide.context;
    const LessonBody body = readLessonBody(lesson, lang);
    if (body.markdown.isEmpty()) {
        slide.body = DeckText::unreadable(body.issues.value(0).message);
        deck.append(slide);
        return;
    }
    const QString other = lang == QLatin1String("vi") ? QStringLiteral("en") : QStringLiteral("vi");
    for (const LessonSlideText &chunk : lessonSlides(body.markdown, readLessonBody(lesson, other).markdown)) {
        Slide s = slide;
        if (!chunk.heading.isEmpty())
            s.heading = chunk.heading;
        s.keyPoint = chunk.keyPoint;
        s.body = lessonMarkdownToHtml(chunk.markdown, body.folder).html;
        deck.append(s);
    }
}

Slide questionSlide(const Question &q, const QString &lang, const QString &kind)
{
    Slide s;
    s.kind = kind;
    s.heading = q.prompt.in(lang).isEmpty() ? q.id : q.prompt.in(lang);
    s.questionId = q.id;
    s.questionType = questionTypeName(q.type);
    return s;
}

// Typed answers are not shown before the reveal: the slide asks, the reveal gives the answers
// accepted and why.
void addTypedQuestion(QVector<Slide> &deck, const Question &q, const QString &lang)
{
    Slide s = questionSlide(q, lang, QStringLiteral("question"));
    QStringList reveal{DeckText::accepted(acceptedAnswerTexts(q, lang).join(QStringLiteral(" · ")))};
    for (const Option &o : q.options)
        if (!o.explanation.in(lang).isEmpty())
            reveal.append(o.explanation.in(lang));
    if (!hasExplanations(q, lang))
        reveal.append(DeckText::noExplanation());
    s.reveal = reveal.join(QLatin1Char('\n'));
    deck.append(s);
}

void addQuestion(QVector<Slide> &deck, const Question &q, const QString &lang)
{
    if (isTypedAnswer(q.type)) {
        addTypedQuestion(deck, q, lang);
        return;
    }
    Slide s = questionSlide(q, lang, QStringLiteral("question"));
    if (q.type == QuestionType::MissingWord) // the sentence, with its gap
        s.heading = QStringList{q.prompt.in(lang), QStringLiteral("_____"), q.promptAfter.in(lang)}.join(QLatin1Char(' ')).trimmed();
    const bool allCorrect = q.type == QuestionType::Ordering || q.type == QuestionType::Matching;
    QStringList why;
    for (const Option &o : q.options) {
        SlideLine line{o.text.in(lang), o.correct || allCorrect, {}};
        if (q.type == QuestionType::TrueFalse)
            line.text = o.id == QLatin1String("true") ? DeckText::trueText() : DeckText::falseText();
        const QString explanation = o.explanation.in(lang);
        if (q.type == QuestionType::Matching)
            line.note = o.match.in(lang);
        else if (!line.correct)
            line.note = explanation;
        if (line.correct && !explanation.isEmpty())
            why.append(explanation);
        s.lines.append(line);
    }
    if (q.type == QuestionType::Ordering && !orderingPrecedences(q).isEmpty())
        why.prepend(DeckText::severalOrders());
    if (!hasExplanations(q, lang))
        why.append(DeckText::noExplanation());
    s.reveal = why.join(QLatin1Char('\n'));
    deck.append(s);
}

void addScenario(QVector<Slide> &deck, const Question &q, const QString &lang)
{
    // The path that earns the most points, then ends best, then is shortest: found among the
    // scenario's states, not by trying every path (scenariostates.h).
    const QStringList best = exploreScenario(q).bestPath;
    if (best.isEmpty()) { // a scenario that loaded has a path; never leave it out
        deck.append(questionSlide(q, lang, QStringLiteral("scenario")));
        return;
    }
    for (int i = 0; i < best.size(); ++i) {
        const ScenarioStep *step = walkScenario(q, best.mid(0, i))->step;
        Slide s = questionSlide(q, lang, QStringLiteral("scenario"));
        s.body = step->text.in(lang);
        for (const ScenarioChoice &c : step->choices) {
            const bool right = c.id == best.at(i);
            s.lines.append({c.text.in(lang), right, right ? QString() : c.consequence.in(lang)});
            if (right)
                s.reveal = c.consequence.in(lang);
        }
        if (i == best.size() - 1) {
            const ScenarioStep *ending = walkScenario(q, best)->step;
            QStringList end;
            for (const QString &text : {s.reveal, ending->text.in(lang), ending->summary.in(lang)})
                if (!text.trimmed().isEmpty())
                    end.append(text);
            s.reveal = end.join(QLatin1String("\n\n"));
        }
        deck.append(s);
    }
}

} // namespace

QVector<Slide> projectorDeck(const Module &module, const QString &lang)
{
    QVector<Slide> deck;
    Slide title;
    title.kind = QStringLiteral("title");
    title.heading = module.title.in(lang).isEmpty() ? module.id : module.title.in(lang);
    title.body = module.summary.in(lang);
    for (const LocalizedText &objective : module.objectives)
        title.lines.append({objective.in(lang), false, {}});
    deck.append(title);
    for (const Lesson &lesson : module.lessons)
        addLesson(deck, lesson, lang);
    if (module.quiz)
        for (const Question &q : module.quiz->questions) {
            if (q.type == QuestionType::Scenario)
                addScenario(deck, q, lang);
            else
                addQuestion(deck, q, lang);
        }
    return deck;
}

} // namespace khien
