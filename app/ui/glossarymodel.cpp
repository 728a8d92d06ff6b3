#include "glossarymodel.h"

#include "glossaryreader.h"

#include <QCollator>
#include <QLocale>

int GlossaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant GlossaryModel::data(const QModelIndex &index, int role) const
{
    const GlossaryRow *row = rowAt(m_rows, index);
    if (!row)
        return {};
    switch (role) {
    case TermIdRole: return row->termId;
    case NameRole: return row->name;
    case OtherNameRole: return row->otherName;
    case DefinitionRole: return row->definition;
    default: return {};
    }
}

QHash<int, QByteArray> GlossaryModel::roleNames() const
{
    return {{TermIdRole, "termId"}, {NameRole, "name"}, {OtherNameRole, "otherName"},
            {DefinitionRole, "definition"}};
}

void GlossaryModel::setTerms(QVector<khien::GlossaryTerm> terms)
{
    m_terms = std::move(terms);
    rebuild();
}

void GlossaryModel::setLanguage(const QString &lang)
{
    m_language = lang;
    rebuild();
}

void GlossaryModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    rebuild();
    emit queryChanged();
}

void GlossaryModel::rebuild()
{
    const QString other = m_language == QLatin1String("vi") ? QStringLiteral("en") : QStringLiteral("vi");
    QVector<khien::GlossaryTerm> shown;
    for (const khien::GlossaryTerm &t : std::as_const(m_terms))
        if (khien::glossaryTermMatches(t, m_query))
            shown.append(t);
    QCollator collator(QLocale(m_language == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English));
    std::sort(shown.begin(), shown.end(), [&](const khien::GlossaryTerm &a, const khien::GlossaryTerm &b) {
        return collator.compare(a.name.in(m_language), b.name.in(m_language)) < 0;
    });
    QVector<GlossaryRow> rows;
    for (const khien::GlossaryTerm &t : std::as_const(shown))
        rows.append({t.id, t.name.in(m_language), t.name.in(other), t.definition.in(m_language)});
    replaceRows(m_rows, std::move(rows));
}
