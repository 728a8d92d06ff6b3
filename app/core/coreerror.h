// Errors as values from the core: what went wrong as a code, where (a file, a question, an
// attempt) and the technical detail for logs. Never a sentence for users: the UI translates
// the code once (app/ui/errortext.h), in the user's language.
#pragma once

#include <QString>

namespace khien {

enum class ErrorCode {
    None,
    // The database
    StorageNotOpen,   // no database is open
    StorageFull,      // the disk (or the file's quota) is full
    StorageReadOnly,  // the file or its folder cannot be written now
    StorageBusy,      // another program holds the write lock past the busy timeout
    StorageDamaged,   // the file is damaged
    StorageFailed,    // any other failure of the database (detail says which)
    WrongSchema,      // a database file of another schema version (where: the file)
    NameTaken,        // a class of that name (any case) exists already (where: the name)
    // Quiz attempts
    AttemptClosed,    // the attempt is missing, finished or abandoned
    AlreadyRecorded,  // this answer or decision is already stored
    InvalidId,        // an id that cannot be stored (where: the id)
    NotAnswerable,    // the quiz takes no answer now (finished, answered, another kind)
    InvalidAnswer,    // not a possible answer to the question (where: the question id)
    // Exports
    UnknownExportFormat, // where: the format asked for
    NothingToCertify,    // where: the trainee id
    FileNotWritten,      // where: the file; detail: the system's reason
    PdfNotDrawn,         // where: the file
};

struct CoreError
{
    ErrorCode code = ErrorCode::None;
    QString where;  // file, question, attempt or format the error is about; may be empty
    QString detail; // technical detail (driver or system text) for logs, never shown alone

    [[nodiscard]] bool isError() const { return code != ErrorCode::None; }
};

} // namespace khien
