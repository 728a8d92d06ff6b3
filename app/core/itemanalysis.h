// Item analysis of one quiz for an instructor: per question, how many trainees got it right,
// the wrong option most of them fell for (or the wrong answers most typed), and how well it separates strong from weak trainees.
// The statistics are pure functions over plain values; scoredAttempts() is the one thing that
// reads the Store.
#pragma once

#include "course.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace khien {

class Store;

// One trainee's answer to one question. `points` is the share of the question's points
// earned, 0..1 (full points = right).
struct QuestionResponse
{
    QString questionId;
    QStringList chosen; // as stored (quizscoring.h); empty when the question went unanswered
    double points = 0;
};

// The attempt that stands for one trainee: their total (0..1 share of the quiz's points)
// and a response for every question they were asked.
struct ScoredAttempt
{
    QString traineeId;
    double total = 0;
    QVector<QuestionResponse> responses;
};

struct WrongChoice
{
    QString optionId;
    int count = 0; // trainees who chose it
};

// A wrong typed answer (shortanswer, numeric), as compared: normalised (typedanswer.h) for
// short answers, the number read for numbers, and how many trainees gave it.
struct WrongTypedAnswer
{
    QString text;
    int count = 0;
};

struct ItemStats
{
    QString questionId;
    int respondents = 0; // trainees asked this question; 0: no data, the figures below are 0
    double shareRight = 0; // share of respondents with full points
    double meanPoints = 0; // 0..1
    // Single, multiple, truefalse, missingword and redflags questions only; empty when nobody chose a
    // wrong option (or for other types).
    std::optional<WrongChoice> mostChosenWrong;
    // Shortanswer and numeric: the most common answers without full points, most common first
    // (equal counts in text order), at most maxWrongTypedAnswers.
    QVector<WrongTypedAnswer> commonWrongTyped;
    // Upper-lower 27% index, -1..1; empty below minRespondentsForDiscrimination.
    std::optional<double> discrimination;
};

constexpr int maxWrongTypedAnswers = 3;

// With fewer trainees the 27% groups are one trainee each or overlap: the index says nothing.
constexpr int minRespondentsForDiscrimination = 4;

// Trainees in each of the upper and lower groups out of n: max(1, round(0.27 n)).
[[nodiscard]] int extremeGroupSize(int n);

struct ItemResponse
{
    double total = 0; // the trainee's total score, which ranks them
    bool right = false;
};

// (share right in the top 27% by total) - (share right in the bottom 27%). Trainees tied on
// total across a group's edge share the group's remaining places equally (each counts for
// places/tied), so the result depends neither on input order nor on ids. Empty below
// minRespondentsForDiscrimination responses.
[[nodiscard]] std::optional<double> upperLowerIndex(const QVector<ItemResponse> &responses);

// Statistics for every question of `quiz`, in the quiz's order. Each question is analysed
// over the trainees who were asked it (a quiz that draws asks each trainee a subset), ranked
// by their total in the whole quiz. Responses to questions the quiz no longer has are
// ignored, and so are chosen ids that are not options of the question.
[[nodiscard]] QVector<ItemStats> itemAnalysis(const Quiz &quiz,
                                              const QVector<ScoredAttempt> &attempts);

// Each trainee's best finished, not abandoned attempt at `quizId` (the earliest of equal
// scores, as GradePolicy::Best), in the order of `traineeIds`; trainees without one are left
// out. Questions in the attempt's order that got no answer (time ran out) count as responses
// with 0 points.
[[nodiscard]] QVector<ScoredAttempt> scoredAttempts(const Store &store, const QString &quizId,
                                                    const QStringList &traineeIds);

} // namespace khien
