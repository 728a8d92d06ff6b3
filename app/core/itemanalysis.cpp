#include "itemanalysis.h"

#include "store.h"
#include "typedanswer.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace khien {

namespace {

// Totals and points are sums of fractions such as 1/3: compare them with a tolerance.
constexpr double tolerance = 1e-9;

bool fullPoints(double points)
{
    return points >= 1.0 - tolerance;
}

bool tracksWrongOptions(QuestionType type)
{
    return type == QuestionType::Single || type == QuestionType::Multiple
            || type == QuestionType::TrueFalse || type == QuestionType::RedFlags
            || type == QuestionType::MissingWord;
}

// A typed answer as it was compared: the number read, or the normalised text.
QString comparedForm(const Question &q, const QString &typed)
{
    if (q.type == QuestionType::Numeric)
        if (const std::optional<double> x = parseDecimal(typed, /*allowComma=*/true))
            return QString::number(*x, 'g', 15);
    return normalizeTypedText(typed, typedTextRules(q));
}

QVector<WrongTypedAnswer> commonWrongTyped(const Question &q, const QVector<const QuestionResponse *> &responses)
{
    if (!isTypedAnswer(q.type))
        return {};
    QHash<QString, int> counts;
    for (const QuestionResponse *r : responses)
        if (r->chosen.size() == 1 && !fullPoints(r->points) && cleanTypedAnswer(r->chosen.first()))
            counts[comparedForm(q, r->chosen.first())] += 1;
    QVector<WrongTypedAnswer> wrong;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        wrong.append({it.key(), it.value()});
    std::sort(wrong.begin(), wrong.end(), [](const WrongTypedAnswer &a, const WrongTypedAnswer &b) {
        return a.count != b.count ? a.count > b.count : a.text < b.text;
    });
    if (wrong.size() > maxWrongTypedAnswers)
        wrong.resize(maxWrongTypedAnswers);
    return wrong;
}

// Share right among the first `places` of `ranked`. A block of equal totals that straddles
// the edge shares the places left: each of its trainees counts for places-left / block-size.
double shareRightInFirst(const QVector<ItemResponse> &ranked, int places)
{
    double right = 0;
    int left = places;
    for (int i = 0; i < ranked.size() && left > 0;) {
        int end = i;
        while (end < ranked.size() && std::abs(ranked[end].total - ranked[i].total) <= tolerance)
            ++end;
        const int tied = end - i;
        const double weight = tied <= left ? 1.0 : double(left) / tied;
        for (int k = i; k < end; ++k)
            if (ranked[k].right)
                right += weight;
        left -= std::min(tied, left);
        i = end;
    }
    return right / places;
}

std::optional<WrongChoice> mostChosenWrong(const Question &q,
                                           const QVector<const QuestionResponse *> &responses)
{
    if (!tracksWrongOptions(q.type))
        return std::nullopt;
    QHash<QString, int> counts;
    for (const QuestionResponse *r : responses) {
        const QSet<QString> distinct(r->chosen.cbegin(), r->chosen.cend());
        for (const QString &id : distinct) {
            const Option *o = q.option(id);
            if (o && !o->correct)
                counts[id] += 1;
        }
    }
    // Equal counts: the option that comes first in the question wins, so the answer is stable.
    std::optional<WrongChoice> best;
    for (const Option &o : q.options) {
        const int n = counts.value(o.id);
        if (n > 0 && (!best || n > best->count))
            best = WrongChoice{o.id, n};
    }
    return best;
}

} // namespace

int extremeGroupSize(int n)
{
    return std::max(1, int(std::lround(0.27 * n)));
}

std::optional<double> upperLowerIndex(const QVector<ItemResponse> &responses)
{
    if (responses.size() < minRespondentsForDiscrimination)
        return std::nullopt;
    QVector<ItemResponse> ranked = responses;
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const ItemResponse &a, const ItemResponse &b) { return a.total > b.total; });
    const int places = extremeGroupSize(int(ranked.size()));
    const double upper = shareRightInFirst(ranked, places);
    std::reverse(ranked.begin(), ranked.end());
    const double lower = shareRightInFirst(ranked, places);
    return upper - lower;
}

QVector<ItemStats> itemAnalysis(const Quiz &quiz, const QVector<ScoredAttempt> &attempts)
{
    QVector<ItemStats> result;
    result.reserve(quiz.questions.size());
    for (const Question &q : quiz.questions) {
        QVector<const QuestionResponse *> responses;
        QVector<ItemResponse> ranked;
        for (const ScoredAttempt &a : attempts) {
            const auto found =
                    std::find_if(a.responses.cbegin(), a.responses.cend(),
                                 [&](const QuestionResponse &r) { return r.questionId == q.id; });
            if (found == a.responses.cend())
                continue;
            responses.append(&*found);
            ranked.append({a.total, fullPoints(found->points)});
        }
        ItemStats s;
        s.questionId = q.id;
        s.respondents = int(responses.size());
        if (s.respondents > 0) {
            double points = 0;
            int right = 0;
            for (const QuestionResponse *r : std::as_const(responses)) {
                points += r->points;
                right += fullPoints(r->points) ? 1 : 0;
            }
            s.shareRight = double(right) / s.respondents;
            s.meanPoints = points / s.respondents;
        }
        s.mostChosenWrong = mostChosenWrong(q, responses);
        s.commonWrongTyped = commonWrongTyped(q, responses);
        s.discrimination = upperLowerIndex(ranked);
        result.append(s);
    }
    return result;
}

QVector<ScoredAttempt> scoredAttempts(const Store &store, const QString &quizId,
                                      const QStringList &traineeIds)
{
    auto share = [](double part, double whole) {
        return whole > 0 ? std::clamp(part / whole, 0.0, 1.0) : 0.0;
    };
    QVector<ScoredAttempt> result;
    QSet<QString> seen;
    for (const QString &traineeId : traineeIds) {
        if (seen.contains(traineeId))
            continue;
        seen.insert(traineeId);
        const QVector<AttemptRecord> attempts = store.attempts(traineeId); // newest first
        std::optional<AttemptRecord> best;
        for (auto it = attempts.crbegin(); it != attempts.crend(); ++it) {
            if (it->quizId != quizId || !it->isFinished() || it->abandoned)
                continue;
            const bool better = !best
                    || share(it->score, it->maxScore) > share(best->score, best->maxScore) + tolerance;
            if (better)
                best = *it;
        }
        if (!best)
            continue;
        ScoredAttempt scored;
        scored.traineeId = traineeId;
        scored.total = share(best->score, best->maxScore);
        QSet<QString> answered;
        for (const AnswerRecord &a : store.answers(best->id)) {
            scored.responses.append({a.questionId, a.chosen, share(a.points, a.maxPoints)});
            answered.insert(a.questionId);
        }
        for (const QString &questionId : std::as_const(best->questionOrder))
            if (!answered.contains(questionId))
                scored.responses.append({questionId, {}, 0.0});
        result.append(scored);
    }
    return result;
}

} // namespace khien
