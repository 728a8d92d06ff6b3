// For C++ tests: runs an instructor operation that answers through its task (passphrase
// checks, exports, results bundles) to its end and returns what it finished with.
#pragma once

#include "instructorcontroller.h"

#include <QObject>

template <typename Start>
OperationResult runToEnd(InstructorController *instructor, Start start)
{
    OperationResult last = OperationResult::failure(QStringLiteral("the operation never finished"));
    const QMetaObject::Connection connection =
            QObject::connect(instructor->task(), &BackgroundTask::finished,
                             [&last](const OperationResult &result) { last = result; });
    start();
    instructor->task()->waitForFinished();
    QObject::disconnect(connection);
    return last;
}
