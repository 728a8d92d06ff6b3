// Reading the accepted answers of shortanswer and numeric questions (<answer>), and the
// explanations every option-bearing question may give.
#pragma once

#include "contentxmlreader.h"
#include "course.h"

namespace khien {

struct ReadOption
{
    Option option;
    int line = 0;
    bool explained = true; // false when it had no <explain> at all (a warning, see below)
};

// Reads an <answer id fraction> of a shortanswer question (children <text>, <explain>) or an
// <answer id value [tolerance] fraction> of a numeric one (child <explain>).
[[nodiscard]] ReadOption readAcceptedAnswer(ContentXmlReader &xml, QuestionType type);

// The questions's own checks on its accepted answers: at least one, one worth full points,
// patterns with something to compare.
void checkAcceptedAnswers(ContentXmlReader &xml, const Question &question, int line);

// Takes an <explain> field read for an option: no explanation at all is allowed (false), one
// given must be given in every language the pack requires.
bool acceptExplanation(ContentXmlReader &xml, const LocalizedField &explanation, int line);

// The warning for a question whose options `unexplained` have no <explain>.
void warnUnexplained(ContentXmlReader &xml, const Question &question, int line, const QStringList &unexplained);

} // namespace khien
