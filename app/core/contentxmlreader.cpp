#include "contentxmlreader.h"

#include "lessonbody.h"

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
    m_xml.setDevice(&m_device);
    if (!m_xml.readNextStartElement()) {
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

void ContentXmlReader::issue(int line, const QString &message)
{
    m_issues.append({m_file, line, message});
}

void ContentXmlReader::unknownElement()
{
    issueHere(tr("unknown element <%1>").arg(m_xml.name()));
    m_xml.skipCurrentElement();
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

QString ContentXmlReader::attribute(const QString &name) const
{
    return m_xml.attributes().value(name).toString();
}

QString ContentXmlReader::idAttribute()
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9-]{1,64}$"));
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
    const QString text = normalizedText(m_xml.readElementText(QXmlStreamReader::SkipChildElements));
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
    field.lines.insert(lang, here);
    field.text.set(lang, text);
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
                     QStringLiteral("read")});
    Source s{attribute(QStringLiteral("title")), attribute(QStringLiteral("publisher")),
             attribute(QStringLiteral("url")), attribute(QStringLiteral("read"))};
    if (!s.url.startsWith(QLatin1String("https://")) && !s.url.startsWith(QLatin1String("http://")))
        issueHere(tr("the source url must start with https:// or http://"));
    if (!date.match(s.read).hasMatch())
        issueHere(tr("the source's read date must be YYYY-MM-DD"));
    skip();
    return s;
}

double ContentXmlReader::numberAttribute(const QString &name, double fallback)
{
    bool ok = false;
    const double value = attribute(name).toDouble(&ok);
    if (ok)
        return value;
    issueHere(tr("%1 must be a number").arg(name));
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
