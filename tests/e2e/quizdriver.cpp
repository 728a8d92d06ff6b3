// Test helper: signs in a new trainee, answers the first N questions of a module's quiz
// (always its first option shown) through the same controller the UI uses, prints what it
// did, then kills itself with SIGKILL mid-quiz.
// Usage: quizdriver DB PACK MODULE N
// Prints "answered <question id> <option id>" per answer, then "next <question id> <option
// ids as shown, comma-separated>".
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
    auto shown = [quiz] {
        QStringList ids;
        for (const QVariant &o : quiz->options())
            ids.append(o.toMap().value(QStringLiteral("optionId")).toString());
        return ids;
    };
    for (int i = 0; i < n; ++i) {
        const QString first = shown().constFirst();
        const QString question = quiz->questionId();
        if (!quiz->submit({first}))
            return 5;
        std::printf("answered %s %s\n", qPrintable(question), qPrintable(first));
        quiz->next();
    }
    std::printf("next %s %s\n", qPrintable(quiz->questionId()), qPrintable(shown().join(QLatin1Char(','))));
    std::fflush(stdout);
    std::raise(SIGKILL);
    return 0;
}
