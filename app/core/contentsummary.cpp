#include "contentsummary.h"

#include <QJsonArray>

namespace khien {

ContentSummary summarize(const PackLoadResult &result)
{
    ContentSummary s;
    s.issues = int(errorCount(result.issues));
    s.warnings = int(result.issues.size()) - s.issues;
    for (QuestionType type : allQuestionTypes())
        s.questionsByType.insert(questionTypeName(type), 0);
    if (!result.course)
        return s;
    const Course &course = *result.course;
    s.packId = course.id;
    s.version = course.version;
    s.modules = int(course.modules.size());
    for (const Module &m : course.modules) {
        s.lessons += int(m.lessons.size());
        if (!m.quiz)
            continue;
        ++s.quizzes;
        for (const Question &q : m.quiz->questions) {
            ++s.questions;
            s.questionsByType[questionTypeName(q.type)] += 1;
        }
    }
    // The loader refuses any text missing one of the pack's languages.
    if (s.modules > 0)
        s.languages = course.languages;
    return s;
}

QString summaryLine(const ContentSummary &s)
{
    QStringList types;
    for (auto it = s.questionsByType.cbegin(); it != s.questionsByType.cend(); ++it)
        types.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    return QStringLiteral("%1 %2: %3 modules, %4 lessons, %5 quizzes, %6 questions (%7), languages %8, %9 problems%10")
        .arg(s.packId.isEmpty() ? QStringLiteral("(no course)") : s.packId, s.version)
        .arg(s.modules).arg(s.lessons).arg(s.quizzes).arg(s.questions)
        .arg(types.join(QStringLiteral(", ")),
             s.languages.isEmpty() ? QStringLiteral("none") : s.languages.join(QLatin1Char('+')))
        .arg(s.issues)
        .arg(s.warnings > 0 ? QStringLiteral(", %1 warnings").arg(s.warnings) : QString());
}

QJsonObject summaryJson(const ContentSummary &s, const ContentIssues &issues)
{
    QJsonObject byType;
    for (auto it = s.questionsByType.cbegin(); it != s.questionsByType.cend(); ++it)
        byType.insert(it.key(), it.value());
    QJsonArray problems;
    for (const ContentIssue &i : issues)
        problems.append(QJsonObject{{QStringLiteral("file"), i.file},
                                    {QStringLiteral("line"), i.line},
                                    {QStringLiteral("message"), i.message},
                                    {QStringLiteral("warning"), i.warning}});
    return QJsonObject{
        {QStringLiteral("pack"), s.packId},
        {QStringLiteral("version"), s.version},
        {QStringLiteral("modules"), s.modules},
        {QStringLiteral("lessons"), s.lessons},
        {QStringLiteral("quizzes"), s.quizzes},
        {QStringLiteral("questions"), s.questions},
        {QStringLiteral("questionsByType"), byType},
        {QStringLiteral("languages"), QJsonArray::fromStringList(s.languages)},
        {QStringLiteral("clean"), errorCount(issues) == 0 && !s.packId.isEmpty()},
        {QStringLiteral("warnings"), int(issues.size() - errorCount(issues))},
        {QStringLiteral("problems"), problems},
    };
}

} // namespace khien
