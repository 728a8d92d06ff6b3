// Rebuilding an interrupted attempt from what the store kept, so it continues at the same
// question with every answer, the same order and the same options.
#pragma once

#include "quizsession.h"
#include "storerecords.h"

#include <optional>

namespace khien {

struct ResumedAttempt
{
    QuizSession session;
    int droppedAnswers = 0; // stored answers that no longer fit the content (it changed)
};

[[nodiscard]] ResumedAttempt resumeAttempt(const Quiz &quiz, const AttemptRecord &attempt,
                                           const QVector<AnswerRecord> &answers,
                                           const QVector<DecisionRecord> &decisions);

// Questions the trainee is due to practise, from every quiz they came from, as one practice
// quiz (practice mode, shuffled). `origins` gets question id -> {module id, quiz id}.
[[nodiscard]] Quiz practiceQuiz(const QVector<Course> &courses, const QVector<MistakeRecord> &due,
                                QHash<QString, QPair<QString, QString>> *origins);

} // namespace khien
