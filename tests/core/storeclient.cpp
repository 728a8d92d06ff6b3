// Test helper for tst_storeconcurrency: one of many processes writing into the same store at
// once. It opens the store, prints "ready", waits for a line on stdin, then
//   storeclient DB PACK answers N   records N whole attempts at the "types" pack's quiz for a
//                                   trainee of its own (exit 0), or
//   storeclient DB PACK class NAME  creates class NAME; prints "created" or "taken" (exit 0).
// Any other outcome exits non-zero, after printing the store's error.
#include "attemptrecorder.h"
#include "contentloader.h"
#include "store.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace khien;

namespace {

int fail(int code, const CoreError &error)
{
    std::printf("error %d: %s\n", int(error.code), qPrintable(error.detail));
    return code;
}

// As answerloop's: some answers are refused (InvalidAnswer) and drawn again.
QStringList randomAnswer(const Question &q, QRandomGenerator &random)
{
    QStringList ids;
    for (const Option &o : q.options)
        ids.append(o.id);
    std::shuffle(ids.begin(), ids.end(), random);
    if (q.type == QuestionType::Ordering || q.type == QuestionType::Matching)
        return ids;
    return ids.mid(0, 1 + random.bounded(int(ids.size())));
}

int recordAttempts(Store &store, const Module &module, const QString &version, int count)
{
    const auto trainee = store.createTrainee(QStringLiteral("Người %1").arg(QCoreApplication::applicationPid()), {});
    if (!trainee)
        return fail(5, store.lastFailure());
    QRandomGenerator random(quint32(QCoreApplication::applicationPid()));
    const AttemptRecorder::Shown shown{100, QStringLiteral("vi"), {}};
    for (int n = 0; n < count; ++n) {
        CoreError error;
        auto recorder = AttemptRecorder::startNew(store, module, version, trainee->id,
                                                  QStringLiteral("vi"), random.generate(), &error);
        if (!recorder)
            return fail(6, error);
        for (;;) {
            const Question &q = recorder->session().currentQuestion();
            while (!recorder->session().isCurrentAnswered()) {
                CoreError step;
                if (q.type == QuestionType::Scenario) {
                    const auto &choices = recorder->session().scenarioPosition()->step->choices;
                    step = recorder->choose(choices.at(random.bounded(int(choices.size()))).id, shown);
                } else {
                    step = recorder->submit(randomAnswer(q, random), shown);
                }
                if (step.isError() && step.code != ErrorCode::InvalidAnswer)
                    return fail(7, step);
            }
            if (!recorder->next())
                break;
        }
        if (const CoreError done = recorder->finish(); done.isError())
            return fail(8, done);
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return 2;
    Store store;
    if (store.open(args.at(1)) != Store::OpenError::None)
        return fail(3, store.lastFailure());
    const PackLoadResult pack = loadPack(args.at(2));
    if (!pack.isClean())
        return 4;
    std::printf("ready\n");
    std::fflush(stdout);
    char line[16];
    if (!std::fgets(line, sizeof line, stdin))
        return 9;
    if (args.at(3) == QLatin1String("answers"))
        return recordAttempts(store, pack.course->modules.first(), pack.course->version, args.at(4).toInt());
    if (args.at(3) == QLatin1String("class")) {
        if (store.createClass(args.at(4))) {
            std::printf("created\n");
            return 0;
        }
        if (store.lastFailure().code == ErrorCode::NameTaken) {
            std::printf("taken\n");
            return 0;
        }
        return fail(10, store.lastFailure());
    }
    return 2;
}
