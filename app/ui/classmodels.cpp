#include "classmodels.h"

#include "displayformat.h"

ClassListModel::ClassListModel(QObject *parent)
    : RowsModel({QStringLiteral("classId"), QStringLiteral("name"), QStringLiteral("memberCount"),
                 QStringLiteral("sessionCount")},
                parent)
{
}

void ClassListModel::reload(const QVector<khien::ClassRecord> &classes)
{
    QVector<QVariantMap> rows;
    for (const khien::ClassRecord &c : classes)
        rows.append({{QStringLiteral("classId"), c.id},
                     {QStringLiteral("name"), c.name},
                     {QStringLiteral("memberCount"), c.memberCount},
                     {QStringLiteral("sessionCount"), c.sessionCount}});
    setRows(rows);
}

SessionListModel::SessionListModel(QObject *parent)
    : RowsModel({QStringLiteral("sessionId"), QStringLiteral("title"), QStringLiteral("date"),
                 QStringLiteral("modules")},
                parent)
{
}

void SessionListModel::reload(const QVector<khien::SessionRecord> &sessions,
                              const khien::CourseCatalog &catalog, const QString &lang)
{
    QVector<QVariantMap> rows;
    for (const khien::SessionRecord &s : sessions) {
        QStringList titles;
        for (const QString &id : s.moduleIds) {
            const khien::Module *m = catalog.module(id);
            titles.append(m ? m->title.in(lang) : id);
        }
        rows.append({{QStringLiteral("sessionId"), s.id},
                     {QStringLiteral("title"), s.title},
                     {QStringLiteral("date"), khien::formatDate(s.heldOn, lang)},
                     {QStringLiteral("modules"), titles.join(QStringLiteral(" · "))}});
    }
    setRows(rows);
}
