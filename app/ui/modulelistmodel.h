// The modules on the home screen, each with the signed-in trainee's progress, in the
// current language.
#pragma once

#include "coursecatalog.h"
#include "listmodel.h"
#include "storerecords.h"

#include <QUrl>

// The URL QML loads a module's icon from (a file, or the shipped pack's resources); empty
// when the module has none.
QUrl moduleIconUrl(const khien::Module &module);

struct ModuleRow
{
    QString moduleId;
    QString title;
    QString summary;
    QString courseTitle;
    int lessonCount = 0;
    int lessonsRead = 0;
    int questionCount = 0;
    double bestPercent = -1;
    bool passed = false;
    QUrl iconUrl;
    QString status; // khien::moduleStatusName
};

class ModuleListModel : public ListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.modules")

public:
    enum Role {
        ModuleIdRole = Qt::UserRole + 1, TitleRole, SummaryRole, CourseTitleRole, LessonCountRole,
        LessonsReadRole, QuestionCountRole, BestPercentRole, PassedRole, IconUrlRole, StatusRole
    };
    Q_ENUM(Role)
    using ListModel::ListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void reload(const khien::CourseCatalog &catalog,
                const QHash<QString, khien::ModuleProgress> &progress, const QString &lang);

private:
    QVector<ModuleRow> m_rows;
};
