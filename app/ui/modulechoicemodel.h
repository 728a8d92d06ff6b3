// Every loaded module, in course order, to choose from (a session's modules, a live
// session's, the projector's): `App.instructor.availableModules`. A list model with roles for
// drop-downs and repeaters, and `all`, the same as an array of moduleChoice values.
#pragma once

#include <QAbstractListModel>
#include <QUrl>
#include <QVariantList>
#include <QVector>
#include <QtQml/qqmlregistration.h>

namespace khien { class CourseCatalog; }

struct ModuleChoice
{
    Q_GADGET
    QML_VALUE_TYPE(moduleChoice)
    Q_PROPERTY(QString moduleId MEMBER moduleId)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QUrl iconUrl MEMBER iconUrl)

public:
    QString moduleId;
    QString title; // in the UI language
    QUrl iconUrl;  // empty: the module has no icon
};

class ModuleChoiceModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.instructor.availableModules")
    Q_PROPERTY(int count READ count NOTIFY choicesChanged)
    Q_PROPERTY(QVariantList all READ all NOTIFY choicesChanged) // of moduleChoice

public:
    enum Role { ModuleIdRole = Qt::UserRole, TitleRole, IconUrlRole };
    Q_ENUM(Role)

    explicit ModuleChoiceModel(QObject *parent = nullptr) : QAbstractListModel(parent) {}
    // The catalog's modules with their titles in `lang`.
    void reload(const khien::CourseCatalog &catalog, const QString &lang);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_choices.size()); }
    QVariantList all() const;

signals:
    void choicesChanged();

private:
    QVector<ModuleChoice> m_choices;
};
