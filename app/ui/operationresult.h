// What an operation the UI started (an export, an import, a passphrase check) came to, as
// QML sees it: a typed value instead of a {message} / {error} map. `kind` is the Notice's
// kind, so a page shows a result with `notice.kind = result.kind; notice.text = result.message`.
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

struct OperationResult
{
    Q_GADGET
    QML_VALUE_TYPE(operationResult)
    Q_PROPERTY(bool ok MEMBER ok)
    Q_PROPERTY(QString kind MEMBER kind)           // "success", "warning" or "error"
    Q_PROPERTY(QString message MEMBER message)     // in the UI language; may span lines
    Q_PROPERTY(QString path MEMBER path)           // the file written, when one was
    Q_PROPERTY(QString operation MEMBER operation) // which operation (BackgroundTask names)

public:
    bool ok = false;
    QString kind = QStringLiteral("error");
    QString message;
    QString path;
    QString operation;

    static OperationResult success(const QString &message, const QString &path = {})
    {
        return {true, QStringLiteral("success"), message, path, {}};
    }
    // Done, with something the user should read (e.g. names skipped).
    static OperationResult warning(const QString &message)
    {
        return {true, QStringLiteral("warning"), message, {}, {}};
    }
    static OperationResult failure(const QString &message)
    {
        return {false, QStringLiteral("error"), message, {}, {}};
    }
};
Q_DECLARE_METATYPE(OperationResult)
