#include "classmodels.h"

#include "displayformat.h"

int ClassListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ClassListModel::data(const QModelIndex &index, int role) const
{
    const khien::ClassRecord *c = rowAt(m_rows, index);
    if (!c)
        return {};
    switch (role) {
    case ClassIdRole: return c->id;
    case NameRole: return c->name;
    case MemberCountRole: return c->memberCount;
    case SessionCountRole: return c->sessionCount;
    default: return {};
    }
}

QHash<int, QByteArray> ClassListModel::roleNames() const
{
    return {{ClassIdRole, "classId"}, {NameRole, "name"}, {MemberCountRole, "memberCount"},
            {SessionCountRole, "sessionCount"}};
}

void ClassListModel::reload(QVector<khien::ClassRecord> classes)
{
    replaceRows(m_rows, std::move(classes));
}

SessionListModel::SessionListModel(FirstRow first, QObject *parent)
    : ListModel(parent), m_first(first)
{
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    const SessionRow *row = rowAt(m_rows, index);
    if (!row)
        return {};
    switch (role) {
    case SessionIdRole: return row->sessionId;
    case TitleRole: return row->title;
    case DateRole: return row->date;
    case ModulesRole: return row->modules;
    case LabelRole: return row->label;
    default: return {};
    }
}

QHash<int, QByteArray> SessionListModel::roleNames() const
{
    return {{SessionIdRole, "sessionId"}, {TitleRole, "title"}, {DateRole, "date"},
            {ModulesRole, "modules"}, {LabelRole, "label"}};
}

int SessionListModel::indexOfSession(const QString &sessionId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).sessionId == sessionId)
            return i;
    return -1;
}

void SessionListModel::reload(const QVector<khien::SessionRecord> &sessions,
                              const khien::CourseCatalog &catalog, const QString &lang)
{
    QVector<SessionRow> rows;
    if (m_first == FirstRow::AllModules)
        rows.append({{}, {}, {}, {}, tr("All modules")});
    for (const khien::SessionRecord &s : sessions) {
        QStringList titles;
        for (const QString &id : s.moduleIds) {
            const khien::Module *m = catalog.module(id);
            titles.append(m ? m->title.in(lang) : id);
        }
        const QString date = khien::formatDate(s.heldOn, lang);
        rows.append({s.id, s.title, date, titles.join(QStringLiteral(" · ")),
                     date + QStringLiteral(" · ") + s.title});
    }
    replaceRows(m_rows, std::move(rows));
}
