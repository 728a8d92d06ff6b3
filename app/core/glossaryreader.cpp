#include "glossaryreader.h"

#include "textfold.h"

#include "contentxmlreader.h"

#include <QSet>

namespace khien {

namespace {
class GlossaryText
{
    Q_DECLARE_TR_FUNCTIONS(ContentLoader)
public:
    static QString duplicate(const QString &id) { return tr("glossary term \"%1\" is defined twice").arg(id); }
    static QString unknownLanguage(const QString &lang) { return tr("unknown language \"%1\" on <avoid>: use \"vi\" or \"en\"").arg(lang); }
    static QString emptyAvoid() { return tr("<avoid> is empty"); }
};

// <avoid lang="vi" use="...">variant</avoid>: a wording the course does not use for this term
// (use: what to write instead, when it is not the term's name); any number per language.
void readAvoid(ContentXmlReader &xml, GlossaryTerm &term)
{
    const int here = xml.line();
    xml.checkAttributes({QStringLiteral("lang")}, {QStringLiteral("use")});
    const QString lang = xml.attribute(QStringLiteral("lang"));
    const QString use = normalizedText(xml.attribute(QStringLiteral("use")));
    const QString text = normalizedText(xml.readText());
    if (!supportedLanguages().contains(lang))
        xml.issue(here, GlossaryText::unknownLanguage(lang));
    else if (text.isEmpty())
        xml.issue(here, GlossaryText::emptyAvoid());
    else
        term.avoid.append({lang, text, use});
}
} // namespace

QVector<GlossaryTerm> readGlossary(const QString &path, ContentIssues &issues)
{
    const int before = int(issues.size());
    ContentXmlReader xml(path, issues);
    if (!xml.openRoot(QStringLiteral("glossary")))
        return {};
    xml.checkAttributes({});
    QVector<GlossaryTerm> terms;
    QSet<QString> ids;
    while (xml.nextChild()) {
        if (xml.name() != u"term") {
            xml.unknownElement();
            continue;
        }
        const int here = xml.line();
        xml.checkAttributes({QStringLiteral("id")});
        GlossaryTerm term;
        term.id = xml.idAttribute();
        if (ids.contains(term.id))
            xml.issue(here, GlossaryText::duplicate(term.id));
        ids.insert(term.id);
        LocalizedField name, definition;
        while (xml.nextChild()) {
            if (xml.name() == u"name")
                xml.readLocalized(name);
            else if (xml.name() == u"definition")
                xml.readLocalized(definition);
            else if (xml.name() == u"avoid")
                readAvoid(xml, term);
            else
                xml.unknownElement();
        }
        xml.requireBothLanguages(name, QStringLiteral("name"), here);
        xml.requireBothLanguages(definition, QStringLiteral("definition"), here);
        term.name = name.text;
        term.definition = definition.text;
        terms.append(term);
    }
    xml.finish();
    return issues.size() == before ? terms : QVector<GlossaryTerm>{};
}

QString foldForSearch(const QString &text)
{
    return withoutDiacritics(text).toLower();
}

bool glossaryTermMatches(const GlossaryTerm &term, const QString &query)
{
    const QString haystack = foldForSearch(term.name.vi + QLatin1Char(' ') + term.name.en + QLatin1Char(' ')
                                           + term.definition.vi + QLatin1Char(' ') + term.definition.en);
    const QStringList words = foldForSearch(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(), [&](const QString &w) { return haystack.contains(w); });
}

} // namespace khien
