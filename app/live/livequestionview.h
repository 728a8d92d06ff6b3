// A question as live participants see it (protocol.md, "Question view"): opaque option ids in
// the order shown, texts in one language, never the right answer; and the way back from a
// participant's answer object to the `chosen` list the scorer and the store take.
#pragma once

#include "course.h"
#include "quizscoring.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace khien::live {

// Which content option stands behind each opaque id of one question.
struct QuestionLayout
{
    const Question *question = nullptr;
    QStringList shown;      // content option ids in the order shown ("o0", "o1", ...)
    QStringList rightShown; // matching: content option ids of the right sides as shown ("r0", ...)
};

// `optionOrder`: the attempt plan's order of the question's options.
[[nodiscard]] QuestionLayout questionLayout(const Question &question, const QStringList &optionOrder);

// The view `q`. For a scenario, `at` is where the participant's path stands and
// `consequence` the consequence of the choice that led there (empty at the start).
[[nodiscard]] QJsonObject questionView(const QuestionLayout &layout, const QString &lang,
                                       const ScenarioPosition *at = nullptr,
                                       const QString &consequence = {}, int stepNo = 0);

// The `chosen` list for scoreAnswer() from an answer object; nullopt when it does not fit the
// question's type or names ids the view did not show (schema). Not for scenarios.
[[nodiscard]] std::optional<QStringList> chosenFromAnswer(const QuestionLayout &layout, const QJsonObject &a);
// Scenario: the content choice id from {"choice": id} at step `step`; nullopt when malformed
// or not a choice offered there.
[[nodiscard]] std::optional<QString> scenarioChoice(const ScenarioStep &step, const QJsonObject &a);

// The right answer in view ids (protocol.md, `right`); for a scenario, the outcome of the
// ending reached (`ending` may be null: {}).
[[nodiscard]] QJsonObject rightView(const QuestionLayout &layout, const QString &lang,
                                    const ScenarioStep *ending = nullptr);
// The explanation shown with the right answer; `chosen` picks a typed answer's explanation.
[[nodiscard]] QString explanationText(const QuestionLayout &layout, const QString &lang,
                                      const QStringList &chosen = {}, const ScenarioStep *ending = nullptr);

// The distribution keys an answer counts under (LiveSession::distribution()): the view ids
// chosen for choice types, else "correct", "partial" or "wrong".
[[nodiscard]] QStringList distributionKeys(const QuestionLayout &layout, const QStringList &chosen,
                                           const ScoredAnswer &scored);

} // namespace khien::live
