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
    }
    return {};
}

std::optional<QuestionType> questionTypeFromName(const QString &name)
{
    for (QuestionType t : {QuestionType::Single, QuestionType::Multiple, QuestionType::TrueFalse})
        if (questionTypeName(t) == name)
            return t;
    return std::nullopt;
}

} // namespace khien
