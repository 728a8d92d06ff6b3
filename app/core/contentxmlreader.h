// The XML plumbing shared by the content loader: a stream reader that records issues with
// line numbers, checks attributes against what an element allows, and collects texts that
// must exist once in each language.
#pragma once

#include "contentissue.h"
#include "course.h"
#include "localizedtext.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>

namespace khien {

// A localised element (<title lang="vi">) as it is being collected.
struct LocalizedField
{
    LocalizedText text;
    QHash<QString, int> lines; // language -> line it was found on
};

class ContentXmlReader
{
    Q_DECLARE_TR_FUNCTIONS(ContentLoader)

public:
    ContentXmlReader(const QString &file, ContentIssues &issues);

    // False (with an issue) when the file cannot be opened, is too large, is not UTF-8 (the
    // issue names the line), has a DTD, or has no root element named `root`.
    [[nodiscard]] bool openRoot(const QString &root);
    [[nodiscard]] bool nextChild() { return m_xml.readNextStartElement(); }
    [[nodiscard]] QStringView name() const { return m_xml.name(); }
    [[nodiscard]] int line() const { return int(m_xml.lineNumber()); }
    [[nodiscard]] const QString &file() const { return m_file; }
    // Errors so far (warnings left out): a part whose reading adds none is usable.
    [[nodiscard]] int issueCount() const { return int(errorCount(m_issues)); }

    void issue(int line, const QString &message);
    void warning(int line, const QString &message, IssueKind kind);
    void issueHere(const QString &message) { issue(line(), message); }
    // Reports the current element as unknown and skips it.
    void unknownElement();
    // Skips the current element and what it holds, refusing nesting deeper than
    // limits::maxXmlDepth and reporting entity references on the way.
    void skip();
    // The text of the current element (which must hold text only), at most
    // limits::maxTextLength characters; child elements and unknown entities are reported.
    [[nodiscard]] QString readText();

    // Checks the current element's attributes: all of `required` present, none outside
    // `required` + `optional`.
    void checkAttributes(const QStringList &required, const QStringList &optional = {});
    [[nodiscard]] bool hasAttribute(const QString &name) const;
    [[nodiscard]] QString attribute(const QString &name) const;
    // An `id` attribute that must match [a-z0-9-]{1,64}; reports and returns it anyway.
    QString idAttribute();

    // Reads <x lang="..">text</x> into `field`, reporting unknown and repeated languages.
    void readLocalized(LocalizedField &field);
    // Reads every child of the current element into the field its name selects; any other
    // child is reported as unknown.
    void readLocalizedChildren(const QHash<QString, LocalizedField *> &fields);
    // The languages every text must have: both, unless the course says otherwise.
    void setRequiredLanguages(const QStringList &languages) { m_required = languages; }
    // Reports each required language `field` lacks, as "<element> has no ... text".
    void requireBothLanguages(const LocalizedField &field, const QString &element, int line);

    // Reads a <source title publisher url read/> element.
    Source readSource();
    // An optional date attribute (review-by="YYYY-MM-DD"): empty when absent, reported when
    // not a real date.
    QString dateAttribute(const QString &name);
    // A space-separated list of ids (sets="a b"), each reported when not a valid id.
    QStringList idListAttribute(const QString &name);
    // A number attribute; reports and returns `fallback` when it is not a number.
    double numberAttribute(const QString &name, double fallback);

    // Reports an XML syntax error, if any; returns true when the file was well formed.
    bool finish();

private:
    void unknownEntity(); // reports the entity reference being read

    QString m_file;
    ContentIssues &m_issues;
    QFile m_device;
    QXmlStreamReader m_xml;
    QStringList m_required = supportedLanguages();
};

// Whitespace-collapsed text, so content authors can wrap long lines freely.
[[nodiscard]] QString normalizedText(const QString &raw);

} // namespace khien
