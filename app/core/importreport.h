// What a question-bank import (GIFT or Moodle XML) did: the questions it kept, what it
// warned about (imported, something left out) and what it skipped, each by line and question,
// or the error that stopped it (then nothing was written).
#pragma once

#include "course.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QVector>

namespace khien {

struct ImportNote
{
    enum class Kind { Skipped, Warning };
    Kind kind = Kind::Skipped;
    int line = 0;     // line of the question in the file (0: the file as a whole)
    QString question; // its title or name, when it has one
    QString message;
};

// "line 12 (title): message", in the user's language.
[[nodiscard]] QString describeNote(const ImportNote &note);

struct ImportReport
{
    QString error;                     // the import did not happen; nothing was written
    QMap<QString, int> importedByType; // question type name -> count
    QVector<ImportNote> notes;
    QString moduleFile;                // written on success

    [[nodiscard]] int imported() const;
    [[nodiscard]] int count(ImportNote::Kind kind) const;
};

// An image that came with a question, already checked (PNG, JPEG or GIF by its first bytes).
struct ImportedImage
{
    QByteArray data;
    QString extension; // png, jpg or gif
};

// A question read from a bank, its texts in the import's language, before it gets its id.
struct ImportedQuestion
{
    int line = 0;
    QString name;   // GIFT ::title:: or Moodle <name>: reports, and the id when there is no idnumber
    QString idHint; // Moodle <idnumber>: the id when it is a valid Khiên id
    Question question;
    QVector<ImportedImage> images;
};

struct ParsedBank
{
    QVector<ImportedQuestion> questions;
    QVector<ImportNote> notes;
    QString error; // the file as a whole is refused (names the line); nothing is imported
};

} // namespace khien
