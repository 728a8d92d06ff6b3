// An interrupted attempt at a module's quiz, as the module page offers it for resumption.
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

struct UnfinishedAttempt
{
    Q_GADGET
    QML_VALUE_TYPE(unfinishedAttempt)
    Q_PROPERTY(QString attemptId MEMBER attemptId) // empty: there is none
    Q_PROPERTY(int answered MEMBER answered)
    Q_PROPERTY(int total MEMBER total)

public:
    QString attemptId;
    int answered = 0;
    int total = 0;
};
