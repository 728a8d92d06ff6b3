#include "errortext.h"

QString ErrorText::describe(const khien::CoreError &error)
{
    using khien::ErrorCode;
    switch (error.code) {
    case ErrorCode::None:
        return {};
    case ErrorCode::StorageNotOpen:
        return tr("No database is open.");
    case ErrorCode::StorageFull:
        return tr("The disk is full: free some space.");
    case ErrorCode::StorageReadOnly:
        return tr("The database cannot be written (read-only folder, disk or permissions).");
    case ErrorCode::StorageBusy:
        return tr("Another program is using the database: wait a moment.");
    case ErrorCode::StorageDamaged:
        return tr("The database file is damaged: ask the instructor to restore a backup.");
    case ErrorCode::StorageFailed:
        return tr("The database could not be written just now.");
    case ErrorCode::NameTaken:
        //: %1 is the class name the instructor typed
        return tr("A class named \"%1\" already exists.").arg(error.where);
    case ErrorCode::AttemptClosed:
        return tr("This attempt is already finished.");
    case ErrorCode::AlreadyRecorded:
        return tr("This answer is already saved.");
    case ErrorCode::InvalidId:
        //: %1 is an id from the course content
        return tr("The id \"%1\" cannot be saved.").arg(error.where);
    case ErrorCode::NotAnswerable:
    case ErrorCode::InvalidAnswer:
        //: %1 is the question's id in the course content
        return tr("That is not a possible answer to question \"%1\".").arg(error.where);
    case ErrorCode::UnknownExportFormat:
        return tr("Unknown export format \"%1\".").arg(error.where);
    case ErrorCode::NothingToCertify:
        //: %1 is the trainee's name
        return tr("%1 has not passed any module yet: there is nothing to certify.").arg(error.where);
    case ErrorCode::FileNotWritten:
        //: %1 is the file, %2 the system's reason (e.g. "No space left on device")
        return tr("Cannot write %1: %2").arg(error.where, error.detail);
    case ErrorCode::PdfNotDrawn:
        return tr("Cannot draw the PDF %1.").arg(error.where);
    case ErrorCode::WrongSchema:
        //: %1 is a database file
        return tr("The database %1 is from another version of Khiên. Open it once with this version "
                  "(an older file is upgraded then), or update Khiên, and try again.").arg(error.where);
    }
    return {};
}

QString ErrorText::withDetail(const khien::CoreError &error)
{
    const QString sentence = describe(error);
    if (error.detail.isEmpty())
        return sentence;
    //: Followed by the database's or the system's own message, which is in English
    return sentence + QLatin1Char('\n') + tr("Technical detail: %1").arg(error.detail);
}

QString ErrorText::describeOpen(khien::Store::OpenError error, const QString &where, const khien::Store &store)
{
    using OpenError = khien::Store::OpenError;
    const QString detail = store.lastError().isEmpty()
        ? QString()
        : QLatin1Char('\n') + tr("Technical detail: %1").arg(store.lastError());
    switch (error) {
    case OpenError::None:
        return {};
    case OpenError::NotADatabase:
        return tr("The file %1 is not a Khiên database. It has been left untouched.").arg(where);
    case OpenError::TooNew:
        return tr("The database %1 was written by a newer version of Khiên (format %2; this version "
                  "reads up to %3). It has been left untouched: update Khiên to use it.")
            .arg(where).arg(store.fileSchemaVersion()).arg(khien::Store::schemaVersion);
    case OpenError::CannotOpen:
        return tr("The database %1 cannot be opened.").arg(where) + detail;
    case OpenError::NotWritable:
        //: %1 is the database file; SQLite writes its journal files beside it
        return tr("The database %1 cannot be used because its file or its folder cannot be written "
                  "(read-only folder, disk or permissions). Khiên needs to write beside the database. "
                  "The file has been left untouched.").arg(where);
    case OpenError::MigrationFailed:
        return tr("The database %1 could not be upgraded and has been left as it was.").arg(where) + detail;
    }
    return {};
}
