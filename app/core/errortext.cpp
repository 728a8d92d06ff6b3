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
    }
    return {};
}
