#include "attemptplan.h"

#include "quizscoring.h"

#include <QRandomGenerator>
#include <random>

namespace khien {

namespace {

template<typename T>
void shuffle(QList<T> &items, std::mt19937 &rng)
{
    for (qsizetype i = items.size() - 1; i > 0; --i)
        items.swapItemsAt(i, qsizetype(rng() % quint32(i + 1)));
}

QStringList optionIds(const Question &q)
{
    QStringList ids;
    for (const Option &o : q.options)
        ids.append(o.id);
    return ids;
}

// Option order for one question. Ordering items and matching partners are always shuffled
// (the order is what is asked); an ordering shuffle that came out right is rotated so the
// trainee never starts from the answer. Mock parts and true/false keep their order; the words
// for a missing word are shuffled as single choices are.
QStringList planOptions(const Quiz &quiz, const Question &q, std::mt19937 &rng)
{
    QStringList ids = optionIds(q);
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::Multiple:
    case QuestionType::MissingWord:
        if (quiz.shuffle)
            shuffle(ids, rng);
        break;
    case QuestionType::Ordering:
    case QuestionType::Matching:
        shuffle(ids, rng);
        // With precedences, several orders are right: rotate until the shuffle is not one.
        for (int turn = 0; q.type == QuestionType::Ordering && turn < ids.size() && scoreAnswer(q, ids).correct; ++turn)
            ids.append(ids.takeFirst());
        break;
    case QuestionType::TrueFalse:
    case QuestionType::RedFlags:
    case QuestionType::Scenario:
    case QuestionType::ShortAnswer: // accepted answers are never shown before answering
    case QuestionType::Numeric:
        break;
    }
    return ids;
}

AttemptPlan plan(const Quiz &quiz, quint32 seed, const std::optional<QStringList> &storedOrder)
{
    std::mt19937 rng(seed);
    AttemptPlan p;
    p.seed = seed;
    QStringList pool;
    for (const Question &q : quiz.questions)
        pool.append(q.id);
    if (quiz.shuffle || quiz.questionsPerAttempt() < pool.size())
        shuffle(pool, rng);
    const QStringList drawn = pool.mid(0, quiz.questionsPerAttempt());
    // Keep the file's order for an unshuffled draw.
    QStringList order;
    if (quiz.shuffle) {
        order = drawn;
    } else {
        for (const Question &q : quiz.questions)
            if (drawn.contains(q.id))
                order.append(q.id);
    }
    if (storedOrder) {
        order.clear();
        for (const QString &id : *storedOrder)
            if (quiz.question(id))
                order.append(id);
    }
    p.questionOrder = order;
    // Options are planned for every question in file order, so they do not depend on the draw.
    for (const Question &q : quiz.questions)
        p.optionOrder.insert(q.id, planOptions(quiz, q, rng));
    return p;
}

} // namespace

AttemptPlan planAttempt(const Quiz &quiz, quint32 seed)
{
    return plan(quiz, seed, std::nullopt);
}

AttemptPlan replanAttempt(const Quiz &quiz, quint32 seed, const QStringList &questionOrder)
{
    return plan(quiz, seed, questionOrder);
}

quint32 newSeed()
{
    return QRandomGenerator::system()->generate();
}

} // namespace khien
