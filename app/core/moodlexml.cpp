#include "moodlexml.h"

#include "contentlimits.h"
#include "moodlexmltree.h"
#include "packimport.h"
#include "untrustedtext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace khien {

namespace {

class MoodleXmlReader
{
    Q_DECLARE_TR_FUNCTIONS(MoodleImport)

public:
    MoodleXmlReader(const QByteArray &bytes, QString lang) : m_lang(std::move(lang)) { m_xml.addData(bytes); }

    ParsedBank read()
    {
        if (!findRoot())
            return m_bank;
        while (!m_xml.atEnd() && m_bank.error.isEmpty()) {
            const QXmlStreamReader::TokenType t = m_xml.readNext();
            if (t == QXmlStreamReader::EndElement)
                break; // </quiz>
            if (!checkToken(t) || t != QXmlStreamReader::StartElement)
                continue;
            XmlNode node;
            readNode(node, 2);
            if (!m_bank.error.isEmpty())
                break;
            if (node.name != QLatin1String("question"))
                continue; // Moodle writes nothing else at this level; anything else carries no question
            if (node.attribute(u"type") == QLatin1String("category"))
                continue; // the category path only files questions in Moodle; Khiên keeps one module
            if (m_bank.questions.size() + m_bank.notes.size() > 100000) {
                fail(node.line, tr("the file holds more than 100000 questions"));
                break;
            }
            convertMoodleQuestion(node, m_lang, m_bank, m_imagesLeft);
        }
        if (m_bank.error.isEmpty() && m_xml.hasError())
            fail(int(m_xml.lineNumber()), m_xml.errorString());
        if (!m_bank.error.isEmpty())
            m_bank.questions.clear();
        return m_bank;
    }

private:
    void fail(int line, const QString &why)
    {
        if (m_bank.error.isEmpty())
            //: %1 line number, %2 what is wrong
            m_bank.error = tr("line %1: %2; nothing was imported").arg(line).arg(why);
    }

    // DTDs and entity references are refused outright: they are how XML files expand a few
    // bytes into gigabytes or reach outside themselves, and Moodle writes neither.
    bool checkToken(QXmlStreamReader::TokenType t)
    {
        if (t == QXmlStreamReader::DTD) {
            fail(int(m_xml.lineNumber()), tr("a <!DOCTYPE> (DTD) is not allowed in a question bank"));
            return false;
        }
        if (t == QXmlStreamReader::EntityReference) {
            fail(int(m_xml.lineNumber()), tr("the entity &%1; is not allowed (only XML's own and character references)").arg(m_xml.name()));
            return false;
        }
        return true;
    }

    bool findRoot()
    {
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType t = m_xml.readNext();
            if (!checkToken(t))
                return false;
            if (t == QXmlStreamReader::StartElement) {
                if (m_xml.name() != QLatin1String("quiz")) {
                    fail(int(m_xml.lineNumber()), tr("expected <quiz> as the first element (a Moodle XML question bank), found <%1>").arg(m_xml.name()));
                    return false;
                }
                return true;
            }
        }
        fail(int(m_xml.lineNumber()), m_xml.hasError() ? m_xml.errorString() : tr("the file has no <quiz> element"));
        return false;
    }

    void readNode(XmlNode &node, int depth)
    {
        node.name = m_xml.name().toString();
        node.attributes = m_xml.attributes();
        node.line = int(m_xml.lineNumber());
        if (depth > limits::maxXmlDepth)
            return fail(node.line, tr("elements are nested more than %1 deep").arg(limits::maxXmlDepth));
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType t = m_xml.readNext();
            if (!checkToken(t))
                return;
            if (t == QXmlStreamReader::EndElement)
                return;
            if (t == QXmlStreamReader::Characters) {
                node.text += m_xml.text();
            } else if (t == QXmlStreamReader::StartElement) {
                if (node.children.size() >= 2000)
                    return fail(node.line, tr("an element holds more than 2000 elements"));
                node.children.append(XmlNode());
                readNode(node.children.last(), depth + 1);
                if (!m_bank.error.isEmpty())
                    return;
            }
        }
    }

    QString m_lang;
    QXmlStreamReader m_xml;
    ParsedBank m_bank;
    int m_imagesLeft = limits::maxImportImages;
};

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(MoodleImport)
};

} // namespace

ParsedBank readMoodleXml(const QByteArray &bytes, const QString &lang)
{
    if (const int bad = lineOfInvalidUtf8(bytes)) {
        ParsedBank bank;
        bank.error = Words::tr("line %1 is not valid UTF-8; save the file as UTF-8 and import it again").arg(bad);
        return bank;
    }
    return MoodleXmlReader(bytes, lang).read();
}

ImportReport importMoodleXml(const QString &xmlFile, const QString &lang, const QString &moduleId, const QString &packDir)
{
    const ImportTarget target{lang, moduleId, packDir, QStringLiteral("import-moodle")};
    ImportReport report;
    if (const QString why = checkImportTarget(target); !why.isEmpty()) {
        report.error = why;
        return report;
    }
    const std::optional<QByteArray> bytes = readBankFile(xmlFile, limits::maxMoodleXmlBytes, report.error);
    if (!bytes)
        return report;
    return importIntoPack(readMoodleXml(*bytes, lang), target);
}

QString bankFormatOf(const QString &file)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix == QLatin1String("xml"))
        return QStringLiteral("moodle-xml");
    if (suffix == QLatin1String("gift"))
        return QStringLiteral("gift");
    QFile f(file);
    const QByteArray head = f.open(QIODevice::ReadOnly) ? f.read(512).trimmed() : QByteArray();
    const bool xml = head.startsWith("<?xml") || head.startsWith("<quiz") || head.startsWith("\xEF\xBB\xBF<");
    return xml ? QStringLiteral("moodle-xml") : QStringLiteral("gift");
}

} // namespace khien
