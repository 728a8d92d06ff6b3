#include "glossarymodel.h"

#include "glossaryreader.h"

#include <QCollator>
#include <QLocale>

GlossaryModel::GlossaryModel(QObject *parent)
    : RowsModel({QStringLiteral("termId"), QStringLiteral("name"), QStringLiteral("otherName"),
                 QStringLiteral("definition")},
                parent)
{
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
    QVector<QVariantMap> rows;
    for (const khien::GlossaryTerm &t : std::as_const(shown))
        rows.append({{QStringLiteral("termId"), t.id},
                     {QStringLiteral("name"), t.name.in(m_language)},
                     {QStringLiteral("otherName"), t.name.in(other)},
                     {QStringLiteral("definition"), t.definition.in(m_language)}});
    setRows(rows);
}
