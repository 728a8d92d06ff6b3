// The modules on the home screen, each with the signed-in trainee's progress, in the
// current language.
#pragma once

#include "coursecatalog.h"
#include "rowsmodel.h"
#include "storerecords.h"

#include <QUrl>

// The URL QML loads a module's icon from (a file, or the shipped pack's resources); empty
// when the module has none.
QUrl moduleIconUrl(const khien::Module &module);

class ModuleListModel : public RowsModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.modules")

public:
    explicit ModuleListModel(QObject *parent = nullptr);
    void reload(const khien::CourseCatalog &catalog,
                const QHash<QString, khien::ModuleProgress> &progress, const QString &lang);
};
