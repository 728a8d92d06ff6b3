#include "course.h"

namespace khien {

QString questionTypeName(QuestionType type)
{
    switch (type) {
    case QuestionType::Single:
        return QStringLiteral("single");
    case QuestionType::Multiple:
        return QStringLiteral("multiple");
    case QuestionType::TrueFalse:
        return QStringLiteral("truefalse");
    case QuestionType::Ordering:
        return QStringLiteral("ordering");
    case QuestionType::Matching:
        return QStringLiteral("matching");
    case QuestionType::RedFlags:
        return QStringLiteral("redflags");
    case QuestionType::ShortAnswer:
        return QStringLiteral("shortanswer");
    case QuestionType::Numeric:
        return QStringLiteral("numeric");
    case QuestionType::MissingWord:
        return QStringLiteral("missingword");
    case QuestionType::Scenario:
        return QStringLiteral("scenario");
    }
    return {};
}

std::optional<QuestionType> questionTypeFromName(const QString &name)
{
    for (QuestionType t : allQuestionTypes())
        if (questionTypeName(t) == name)
            return t;
    return std::nullopt;
}

} // namespace khien
