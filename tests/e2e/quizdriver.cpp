// Test helper: signs in a new trainee, answers the first N questions of a module's quiz
// through the same controller the UI uses, then kills itself with SIGKILL mid-quiz.
// Usage: quizdriver DB PACK MODULE N
#include "appcontroller.h"

#include <QCoreApplication>
#include <csignal>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return 2;
    AppController controller(args.at(1), {args.at(2)});
    if (!controller.storageProblem().isEmpty() || !controller.createTrainee(QStringLiteral("Nguyễn Thị Ánh"), {}).isEmpty())
        return 3;
    if (!controller.startQuiz(args.at(3)))
        return 4;
    QuizController *quiz = controller.quiz();
    const int n = args.at(4).toInt();
    for (int i = 0; i < n; ++i) {
        const QVariantList options = quiz->options();
        const QString first = options.first().toMap().value(QStringLiteral("optionId")).toString();
        if (!quiz->submit({first}))
            return 5;
        quiz->next();
    }
    std::printf("answered %d\n", n);
    std::fflush(stdout);
    std::raise(SIGKILL);
    return 0;
}
