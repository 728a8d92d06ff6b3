#include "importreport.h"

#include <QCoreApplication>

namespace khien {

namespace {
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(QuestionImport)
};
} // namespace

QString describeNote(const ImportNote &note)
{
    if (note.line > 0 && !note.question.isEmpty())
        //: %1 line number, %2 question title, %3 what happened
        return Words::tr("line %1 (%2): %3").arg(note.line).arg(note.question, note.message);
    if (note.line > 0)
        return Words::tr("line %1: %2").arg(note.line).arg(note.message);
    if (!note.question.isEmpty())
        return Words::tr("%1: %2").arg(note.question, note.message);
    return note.message;
}

int ImportReport::imported() const
{
    int n = 0;
    for (int v : importedByType)
        n += v;
    return n;
}

int ImportReport::count(ImportNote::Kind kind) const
{
    int n = 0;
    for (const ImportNote &note : notes)
        n += note.kind == kind ? 1 : 0;
    return n;
}

} // namespace khien
