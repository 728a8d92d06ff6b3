// What a finished quiz attempt shows the trainee besides its score: the questions that went
// well, the ones to review next (with the lesson to read again), and, for each branching
// scenario, the path taken as a small diagram. Computed from the session alone; the UI only
// draws it.
#pragma once

#include "course.h"
#include "quizsession.h"
#include "storerecords.h"

#include <QVector>

namespace khien {

struct QuestionResult
{
    QString questionId;
    LocalizedText prompt;
    double points = 0; // earned, 0..1 (every question is worth one point)
};

// A step met on the path (one where a choice was made) or the ending reached. Steps that
// only route on points and facts are passed through without being shown, so they are not
// nodes either.
struct PathNode
{
    QString id;
    LocalizedText text;
    bool ending = false;
    QString outcome; // endings: good, mixed or bad
};

// The choice taken from node `from` to node `to` (indexes into ScenarioPath::nodes).
struct PathEdge
{
    int from = 0;
    int to = 0;
    QString choiceId;
    LocalizedText choice;
    ChoiceQuality quality = ChoiceQuality::Unrated;
    double points = 0;
};

struct ScenarioPath
{
    QString questionId;
    LocalizedText prompt;
    QVector<PathNode> nodes; // in the order met; the last one is the ending
    QVector<PathEdge> edges; // nodes.size() - 1 of them, one per choice
    QString outcome;         // the ending's: good, mixed or bad
    LocalizedText endingSummary;
    double points = 0;       // the attempt's score for this question, 0..1
};

struct ResultSummary
{
    double score = 0;
    double maxScore = 0;
    int percent = 0;
    bool passed = false;
    QVector<QuestionResult> wentWell;   // full points, in the order asked
    QVector<QuestionResult> reviewNext; // less than full points or unanswered, in the order asked
    QVector<ScenarioPath> scenarios;    // every scenario answered, in the order asked
    QString lessonId;                   // the lesson to read again (empty: none)
    LocalizedText lessonTitle;
};

// `lesson`: the lesson of the quiz's module to point to for review (the module's first), or
// nullptr when there is none (a question bank, practice across modules).
[[nodiscard]] ResultSummary summarizeResult(const QuizSession &session, const Lesson *lesson);

// The path a scenario's choices take, as nodes and edges; empty nodes when `choices` is not a
// possible path of `scenario`.
[[nodiscard]] ScenarioPath scenarioPathOf(const Question &scenario, const QStringList &choices);

// Where a trainee stands in a module, as the home page's icon shows it: "passed",
// "not-passed" (finished attempts, none passing), "in-progress" (lessons read or a quiz
// begun, nothing finished) or "not-started". The names are the icons' file names.
[[nodiscard]] QString moduleStatusName(const ModuleProgress &progress);

} // namespace khien
