// The core's errors (coreerror.h) in the user's language: the one place they are put into
// words, for the app's pages and the command line alike. The technical detail is for logs.
#pragma once

#include "coreerror.h"

#include <QCoreApplication>

class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    // One or two full sentences, naming what the error is about (the file, the question).
    [[nodiscard]] static QString describe(const khien::CoreError &error);
};
