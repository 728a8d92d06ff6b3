// The core's errors (coreerror.h) in the user's language: the one place they are put into
// words, for the app's pages and the command line alike. The technical detail is for logs.
#pragma once

#include "coreerror.h"
#include "store.h"

#include <QCoreApplication>

class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    // One or two full sentences, naming what the error is about (the file, the question).
    [[nodiscard]] static QString describe(const khien::CoreError &error);
    // describe(), then the technical detail (English, from the database or the system) on a
    // line of its own and labelled as such, for whoever looks after the machine.
    [[nodiscard]] static QString withDetail(const khien::CoreError &error);
    // Why `store` could not open `where` (a file or a PostgreSQL address), for the app's
    // storage page and the command line alike.
    [[nodiscard]] static QString describeOpen(khien::Store::OpenError error, const QString &where,
                                              const khien::Store &store);
};
