// What importing a Moodle question bank came to, as the import page shows it.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

struct BankImportResult
{
    Q_GADGET
    QML_VALUE_TYPE(bankImportResult)
    Q_PROPERTY(QString error MEMBER error)       // why nothing was imported; empty on success
    Q_PROPERTY(QString summary MEMBER summary)   // how many questions went where
    Q_PROPERTY(QStringList skipped MEMBER skipped)   // "line N (title): reason"
    Q_PROPERTY(QStringList warnings MEMBER warnings)

public:
    QString error;
    QString summary;
    QStringList skipped;
    QStringList warnings;
};
