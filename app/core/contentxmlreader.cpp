#include "contentxmlreader.h"

#include "contentlimits.h"
#include "lessonbody.h"
#include "untrustedtext.h"

#include <cmath>

#include <QDate>
#include <QRegularExpression>

namespace khien {

ContentXmlReader::ContentXmlReader(const QString &file, ContentIssues &issues)
    : m_file(file), m_issues(issues), m_device(file)
{
}

bool ContentXmlReader::openRoot(const QString &root)
{
    if (!m_device.open(QIODevice::ReadOnly)) {
        issue(0, tr("cannot open the file: %1").arg(m_device.errorString()));
        return false;
    }
    if (m_device.size() > limits::maxXmlFileBytes) {
        issue(0, tr("the file is larger than %1 MB").arg(limits::maxXmlFileBytes / (1024 * 1024)));
        return false;
    }
    const QByteArray bytes = m_device.read(limits::maxXmlFileBytes + 1);
    if (const int bad = lineOfInvalidUtf8(bytes)) {
        issue(bad, tr("the text is not valid UTF-8 on this line"));
        return false;
    }
    m_xml.addData(bytes);
    while (!m_xml.atEnd() && m_xml.readNext() != QXmlStreamReader::StartElement) {
        // A DTD could declare entities that expand a few bytes into gigabytes, or point
        // outside the pack: content has no use for one.
        if (m_xml.tokenType() == QXmlStreamReader::DTD) {
            issueHere(tr("a <!DOCTYPE> (DTD) is not allowed in content files"));
            return false;
        }
    }
    if (m_xml.tokenType() != QXmlStreamReader::StartElement) {
        if (!finish())
            return false;
        issue(0, tr("the file has no <%1> element").arg(root));
        return false;
    }
    if (m_xml.name() != root) {
        issueHere(tr("expected <%1> as the first element, found <%2>").arg(root, m_xml.name()));
        return false;
    }
    return true;
}

void ContentXmlReader::skip()
{
    // skipCurrentElement() without limit on nesting: count it ourselves.
    int depth = 1;
    while (depth > 0 && !m_xml.atEnd()) {
        const QXmlStreamReader::TokenType t = m_xml.readNext();
        if (t == QXmlStreamReader::StartElement && ++depth > limits::maxXmlDepth)
            m_xml.raiseError(tr("elements are nested more than %1 deep").arg(limits::maxXmlDepth));
        else if (t == QXmlStreamReader::EndElement)
            --depth;
        else if (t == QXmlStreamReader::EntityReference)
            unknownEntity();
    }
}

void ContentXmlReader::unknownEntity()
{
    issueHere(tr("unknown entity &%1; (only &amp; &lt; &gt; &quot; &apos; and character references are allowed)")
                      .arg(m_xml.name()));
}

QString ContentXmlReader::readText()
{
    QString text;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType t = m_xml.readNext();
        if (t == QXmlStreamReader::Characters) {
            text += m_xml.text();
            if (text.size() > limits::maxTextLength) {
                issueHere(tr("the text is longer than %1 characters").arg(limits::maxTextLength));
                skip();
                return {};
            }
        } else if (t == QXmlStreamReader::EntityReference) {
            unknownEntity();
        } else if (t == QXmlStreamReader::StartElement) {
            issueHere(tr("<%1> is not allowed inside a text").arg(m_xml.name()));
            skip();
        } else if (t == QXmlStreamReader::EndElement || t == QXmlStreamReader::Invalid) {
            break;
        }
    }
    return text;
}

void ContentXmlReader::issue(int line, const QString &message)
{
    m_issues.append({m_file, line, message});
}

void ContentXmlReader::warning(int line, const QString &message, IssueKind kind)
{
    ContentIssue w{m_file, line, message};
    w.warning = true;
    w.kind = kind;
    m_issues.append(w);
}

void ContentXmlReader::unknownElement()
{
    issueHere(tr("unknown element <%1>").arg(m_xml.name()));
    skip();
}

void ContentXmlReader::checkAttributes(const QStringList &required, const QStringList &optional)
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    for (const QXmlStreamAttribute &a : attributes) {
        const QString attributeName = a.qualifiedName().toString();
        if (!required.contains(attributeName) && !optional.contains(attributeName))
            issueHere(tr("unknown attribute \"%1\" on <%2>").arg(attributeName, m_xml.name()));
    }
    for (const QString &r : required) {
        if (!attributes.hasAttribute(r))
            issueHere(tr("<%1> needs the attribute \"%2\"").arg(m_xml.name(), r));
    }
}

bool ContentXmlReader::hasAttribute(const QString &name) const
{
    return m_xml.attributes().hasAttribute(name);
}

QString ContentXmlReader::attribute(const QString &name) const
{
    return m_xml.attributes().value(name).toString();
}

namespace {
const QRegularExpression &validId()
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9-]{1,64}$"));
    return valid;
}
} // namespace

QString ContentXmlReader::dateAttribute(const QString &name)
{
    const QString value = attribute(name);
    if (value.isNull())
        return {};
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(value).hasMatch() || !QDate::fromString(value, Qt::ISODate).isValid()) {
        //: %1 is the attribute, e.g. review-by
        issueHere(tr("%1 must be a date written YYYY-MM-DD, not \"%2\"").arg(name, value));
        return {};
    }
    return value;
}

QStringList ContentXmlReader::idListAttribute(const QString &name)
{
    const QStringList ids = attribute(name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &id : ids)
        if (!validId().match(id).hasMatch())
            //: %1 is the attribute (sets, ifSet, after...), %2 the name found in it
            issueHere(tr("invalid name \"%2\" in %1: use a-z, 0-9 and - only, at most 64 characters").arg(name, id));
    if (ids.isEmpty() && !attribute(name).isNull())
        issueHere(tr("%1 names nothing").arg(name));
    return ids;
}

QString ContentXmlReader::idAttribute()
{
    const QRegularExpression &valid = validId();
    const QString id = attribute(QStringLiteral("id"));
    if (m_xml.attributes().hasAttribute(QStringLiteral("id")) && !valid.match(id).hasMatch())
        issueHere(tr("invalid id \"%1\": use a-z, 0-9 and - only, at most 64 characters").arg(id));
    return id;
}

void ContentXmlReader::readLocalized(LocalizedField &field)
{
    const int here = line();
    const QString element = m_xml.name().toString();
    checkAttributes({QStringLiteral("lang")});
    const QString lang = attribute(QStringLiteral("lang"));
    const QString text = normalizedText(readText());
    if (lang.isEmpty())
        return; // already reported as a missing attribute
    if (!supportedLanguages().contains(lang)) {
        issue(here, tr("unknown language \"%1\" on <%2>: use \"vi\" or \"en\"").arg(lang, element));
        return;
    }
    if (field.lines.contains(lang)) {
        issue(here, tr("<%1 lang=\"%2\"> appears twice (first on line %3)")
                        .arg(element, lang).arg(field.lines.value(lang)));
        return;
    }
    if (text.isEmpty())
        issue(here, tr("<%1 lang=\"%2\"> is empty").arg(element, lang));
    if (containsHtml(text))
        issue(here, tr("<%1 lang=\"%2\"> contains an HTML tag; texts are plain text").arg(element, lang));
    if (const char32_t hidden = firstHiddenCharacter(text))
        issue(here, tr("<%1 lang=\"%2\"> contains the invisible character U+%3, which can disguise text")
                        .arg(element, lang).arg(uint(hidden), 4, 16, QLatin1Char('0')));
    field.lines.insert(lang, here);
    field.text.set(lang, text);
}

void ContentXmlReader::readLocalizedChildren(const QHash<QString, LocalizedField *> &fields)
{
    while (nextChild()) {
        if (LocalizedField *field = fields.value(m_xml.name().toString()))
            readLocalized(*field);
        else
            unknownElement();
    }
}

void ContentXmlReader::requireBothLanguages(const LocalizedField &field, const QString &element,
                                            int line)
{
    if (m_required.contains(QStringLiteral("vi")) && !field.lines.contains(QStringLiteral("vi")))
        issue(line, tr("<%1> has no Vietnamese text (lang=\"vi\")").arg(element));
    if (m_required.contains(QStringLiteral("en")) && !field.lines.contains(QStringLiteral("en")))
        issue(line, tr("<%1> has no English text (lang=\"en\")").arg(element));
}

Source ContentXmlReader::readSource()
{
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    checkAttributes({QStringLiteral("title"), QStringLiteral("publisher"), QStringLiteral("url"),
                     QStringLiteral("read")}, {QStringLiteral("review-by")});
    Source s{attribute(QStringLiteral("title")), attribute(QStringLiteral("publisher")),
             attribute(QStringLiteral("url")), attribute(QStringLiteral("read")),
             dateAttribute(QStringLiteral("review-by"))};
    if (!s.url.startsWith(QLatin1String("https://")) && !s.url.startsWith(QLatin1String("http://")))
        issueHere(tr("the source url must start with https:// or http://"));
    if (!date.match(s.read).hasMatch())
        issueHere(tr("the source's read date must be YYYY-MM-DD"));
    for (const QString &text : {s.title, s.publisher, s.url})
        if (containsHtml(text) || firstHiddenCharacter(text) || text.size() > limits::maxTextLength)
            issueHere(tr("the source's title, publisher and url must be plain text without invisible characters"));
    skip();
    return s;
}

double ContentXmlReader::numberAttribute(const QString &name, double fallback)
{
    bool ok = false;
    const double value = attribute(name).toDouble(&ok);
    // "nan" and "inf" parse as numbers but can be neither scored nor stored.
    if (ok && std::isfinite(value) && std::abs(value) <= limits::maxAbsPoints)
        return value;
    issueHere(tr("%1 must be a number from %2 to %3").arg(name).arg(-limits::maxAbsPoints).arg(limits::maxAbsPoints));
    return fallback;
}

bool ContentXmlReader::finish()
{
    if (!m_xml.hasError())
        return true;
    issue(int(m_xml.lineNumber()), tr("XML error: %1").arg(m_xml.errorString()));
    return false;
}

QString normalizedText(const QString &raw)
{
    return raw.simplified();
}

} // namespace khien
