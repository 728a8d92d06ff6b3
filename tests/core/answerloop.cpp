// Test helper for tst_answerkill: records random answers to the "types" test pack's quiz
// through AttemptRecorder into a real SQLite file, attempt after attempt, until it is killed.
// Some attempts are finished, others left open and replaced by the next one.
// Usage: answerloop DB PACK
#include "attemptrecorder.h"
#include "contentloader.h"
#include "store.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace khien;

namespace {

QStringList randomAnswer(const Question &q, QRandomGenerator &random)
{
    QStringList ids;
    for (const Option &o : q.options)
        ids.append(o.id);
    std::shuffle(ids.begin(), ids.end(), random);
    if (q.type == QuestionType::Ordering || q.type == QuestionType::Matching)
        return ids; // a permutation
    return ids.mid(0, 1 + random.bounded(int(ids.size())));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    Store store;
    if (store.open(args.at(1)) != Store::OpenError::None)
        return 3;
    const PackLoadResult pack = loadPack(args.at(2));
    if (!pack.isClean())
        return 4;
    const Module &module = pack.course->modules.first();
    QVector<Trainee> trainees = store.trainees();
    if (trainees.isEmpty()) {
        if (!store.createTrainee(QStringLiteral("Vòng Lặp"), {}))
            return 5;
        trainees = store.trainees();
    }
    QRandomGenerator random(QRandomGenerator::global()->generate());
    const AttemptRecorder::Shown shown{100, QStringLiteral("vi"), {}};
    std::printf("started\n");
    std::fflush(stdout);
    for (;;) {
        CoreError error;
        auto recorder = AttemptRecorder::startNew(store, module, pack.course->version, trainees.first().id,
                                                  QStringLiteral("vi"), random.generate(), &error);
        if (!recorder)
            return 6;
        const int stopAfter = random.bounded(1, 6); // 5: every question, then finish
        for (int n = 0; n < stopAfter && n < recorder->session().questionCount(); ++n) {
            const Question &q = recorder->session().currentQuestion();
            while (!recorder->session().isCurrentAnswered()) {
                CoreError step;
                if (q.type == QuestionType::Scenario) {
                    const auto at = recorder->session().scenarioPosition();
                    const auto &choices = at->step->choices;
                    step = recorder->choose(choices.at(random.bounded(int(choices.size()))).id, shown);
                } else {
                    step = recorder->submit(randomAnswer(q, random), shown);
                }
                if (step.isError() && step.code != ErrorCode::InvalidAnswer)
                    return 7;
            }
            if (!recorder->next() && recorder->finish().isError())
                return 8;
        }
    }
}
