// The course model: what a content pack holds once loaded and validated.
// Plain values; lesson bodies stay on disk until a lesson is opened.
#pragma once

#include "localizedtext.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace khien {

struct Source
{
    QString title;
    QString publisher;
    QString url;
    QString read; // YYYY-MM-DD: when it was really read
    QString reviewBy; // YYYY-MM-DD or empty: when what it supports must be checked again
};

// One answerable element of a question: a choice (single, multiple, truefalse, missingword), an
// ordering item (in the correct order), a matching pair (text = left side, match = right side),
// a part of a red-flag mock (role; correct = it is a red flag), an accepted answer of a
// shortanswer question (text = the pattern, `*` any run of characters) or of a numeric one
// (value +/- tolerance). Accepted answers earn `fraction` of the point.
struct Option
{
    QString id;
    LocalizedText text; // empty for true/false questions: the UI labels those
    LocalizedText explanation;
    bool correct = false;
    LocalizedText match; // matching: the right-hand side
    QString role;        // redflags: sender, subject, address, body, link or button
    QStringList after;   // ordering: items that must come before this one (see quizscoring.h)
    double fraction = 0; // shortanswer, numeric: share of the point earned, 0 to 1 (Moodle's fraction / 100)
    double value = 0;     // numeric: the accepted value
    double tolerance = 0; // numeric: accepted when |typed - value| <= tolerance (a range a..b is its midpoint +/- half)
};

// How good a scenario choice is, worst last; the order matters (the audit keeps the worst).
enum class ChoiceQuality { Unrated = -1, Good = 0, Risky = 1, Bad = 2 };

struct ScenarioChoice
{
    QString id;
    LocalizedText text;
    LocalizedText consequence;
    QString next;
    double points = 0;
    QStringList sets; // named facts this choice makes true for the rest of the path
    ChoiceQuality quality = ChoiceQuality::Unrated;
};

// Taken when every condition holds: points so far >= minPoints, every fact of ifSet set,
// no fact of ifNotSet set. A route with no condition is always taken.
struct ScenarioRoute
{
    std::optional<double> minPoints;
    QStringList ifSet;
    QStringList ifNotSet;
    QString next;

    [[nodiscard]] bool isConditional() const { return minPoints || !ifSet.isEmpty() || !ifNotSet.isEmpty(); }
};

// A step of a branching scenario, or one of its endings.
struct ScenarioStep
{
    QString id;
    LocalizedText text;
    QVector<ScenarioChoice> choices;
    QVector<ScenarioRoute> routes; // a step either offers choices or routes on points and facts
    bool ending = false;
    QString outcome; // endings: good, mixed or bad
    LocalizedText summary;

    [[nodiscard]] const ScenarioChoice *choice(const QString &choiceId) const
    {
        for (const ScenarioChoice &c : choices)
            if (c.id == choiceId)
                return &c;
        return nullptr;
    }
};

enum class QuestionType {
    Single,
    Multiple,
    TrueFalse,
    Ordering,
    Matching,
    RedFlags,
    Scenario,
    ShortAnswer, // typed text, compared with accepted answers (see quizscoring.h)
    Numeric,     // a typed number, compared with values and tolerances
    MissingWord  // a single choice shown inside the sentence: prompt, the gap, promptAfter
};

QString questionTypeName(QuestionType type);
inline const QVector<QuestionType> &allQuestionTypes()
{
    static const QVector<QuestionType> types{QuestionType::Single,   QuestionType::Multiple,
                                             QuestionType::TrueFalse, QuestionType::Ordering,
                                             QuestionType::Matching, QuestionType::RedFlags,
                                             QuestionType::Scenario, QuestionType::ShortAnswer,
                                             QuestionType::Numeric,  QuestionType::MissingWord};
    return types;
}
std::optional<QuestionType> questionTypeFromName(const QString &name);

struct Question
{
    QString id;
    QuestionType type = QuestionType::Single;
    LocalizedText prompt;
    QVector<Option> options;
    QVector<Source> sources;
    QString mockKind;                 // redflags: sms, email, chat, web or call
    QString start;                    // scenario: the first step
    QVector<ScenarioStep> steps;      // scenario: steps and endings
    double scenarioMaxPoints = 0;     // scenario: the most points any path earns
    QString reviewBy;                 // YYYY-MM-DD or empty: when its facts must be checked again
    LocalizedText promptAfter;        // missingword: the sentence after the gap (prompt is before it)
    bool caseSensitive = false;       // shortanswer: "Abc" and "abc" differ (Moodle's usecase)
    bool ignoreDiacritics = false;    // shortanswer: "mat khau" is accepted for "mật khẩu"

    [[nodiscard]] const ScenarioStep *step(const QString &stepId) const
    {
        for (const ScenarioStep &st : steps)
            if (st.id == stepId)
                return &st;
        return nullptr;
    }

    [[nodiscard]] const Option *option(const QString &optionId) const
    {
        for (const Option &o : options)
            if (o.id == optionId)
                return &o;
        return nullptr;
    }
};

struct Quiz
{
    QString id;
    LocalizedText title;
    int passPercent = 70;
    int draw = 0;            // questions asked per attempt; 0 = all
    bool shuffle = true;     // shuffle questions and options (seeded per attempt)
    bool exam = false;       // exam mode: feedback at the end instead of after each answer
    int timeLimitMinutes = 0; // exam only; 0 = untimed
    QVector<Question> questions;

    [[nodiscard]] const Question *question(const QString &questionId) const
    {
        for (const Question &q : questions)
            if (q.id == questionId)
                return &q;
        return nullptr;
    }
    [[nodiscard]] int questionsPerAttempt() const
    {
        return draw > 0 && draw < questions.size() ? draw : int(questions.size());
    }
};

struct Lesson
{
    QString id;
    LocalizedText title;
    LocalizedText bodyPath; // absolute path (or :/ resource path) of each language's Markdown
    QVector<Source> sources;
    QString reviewBy; // YYYY-MM-DD or empty
};

struct Module
{
    QString id;
    QString file; // the module file it was read from, for reports
    QString iconPath; // absolute (or :/ resource) path of its checked SVG icon; empty: none
    LocalizedText title;
    LocalizedText summary;
    QVector<LocalizedText> objectives;
    QVector<Lesson> lessons;
    std::optional<Quiz> quiz;

    [[nodiscard]] const Lesson *lesson(const QString &lessonId) const
    {
        for (const Lesson &l : lessons)
            if (l.id == lessonId)
                return &l;
        return nullptr;
    }
};

// A wording the course does not use (<avoid lang="vi" use="...">variant</avoid>).
struct AvoidedVariant
{
    QString lang;
    QString text;
    QString use; // the wording to use instead; empty: the term's name (before any "(")
};

struct GlossaryTerm
{
    QString id;
    LocalizedText name;
    LocalizedText definition;
    QVector<AvoidedVariant> avoid;
};

struct Course
{
    QString id;
    QString version;
    QString rootPath;
    QStringList languages = supportedLanguages(); // every text exists in these
    LocalizedText title;
    LocalizedText description;
    QVector<Module> modules;
    QVector<GlossaryTerm> glossary;

    [[nodiscard]] const Module *module(const QString &moduleId) const
    {
        for (const Module &m : modules)
            if (m.id == moduleId)
                return &m;
        return nullptr;
    }
};

} // namespace khien
