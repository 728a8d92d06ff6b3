#include "svgicon.h"

#include "contentlimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>

namespace khien {

namespace {

class SvgIcon
{
    Q_DECLARE_TR_FUNCTIONS(ContentLoader)

public:
    static std::optional<QString> problem(const QString &path)
    {
        if (!path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
            return tr("the icon \"%1\" is not an .svg file").arg(fileName(path));
        QFile file(path);
        if (file.size() > limits::maxIconBytes)
            return tr("the icon is larger than %1 kB").arg(limits::maxIconBytes / 1024);
        if (!file.open(QIODevice::ReadOnly))
            return tr("the icon \"%1\" cannot be read").arg(fileName(path));
        return checkXml(file.read(limits::maxIconBytes + 1));
    }

private:
    static QString fileName(const QString &path) { return path.section(QLatin1Char('/'), -1); }

    // A reference is internal when it names an element of the same file: "#id", "url(#id)".
    static bool referencesOutside(QStringView value)
    {
        for (qsizetype at = value.indexOf(u"url("); at >= 0; at = value.indexOf(u"url(", at + 4)) {
            const QStringView rest = value.mid(at + 4).trimmed();
            if (!rest.startsWith(u'#') && !rest.startsWith(u"'#") && !rest.startsWith(u"\"#"))
                return true;
        }
        return value.contains(u"@import");
    }

    static std::optional<QString> checkXml(const QByteArray &bytes)
    {
        const QString notSvg = tr("the icon is not an SVG image");
        QXmlStreamReader xml(bytes);
        int depth = 0;
        bool sawRoot = false;
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType t = xml.readNext();
            if (t == QXmlStreamReader::DTD)
                return tr("a <!DOCTYPE> (DTD) is not allowed in content files");
            if (t == QXmlStreamReader::EndElement)
                --depth;
            if (t == QXmlStreamReader::Characters && referencesOutside(xml.text()))
                return tr("the icon refers to a file or a web address; icons must hold everything they show");
            if (t != QXmlStreamReader::StartElement)
                continue;
            if (++depth > limits::maxXmlDepth)
                return tr("elements are nested more than %1 deep").arg(limits::maxXmlDepth);
            if (!sawRoot && xml.name() != u"svg")
                return notSvg;
            sawRoot = true;
            if (xml.name() == u"script" || xml.name() == u"foreignObject")
                return tr("the icon contains a <%1> element, which icons may not have").arg(xml.name());
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                const bool link = a.name() == u"href" || a.name() == u"src";
                if ((link && !a.value().startsWith(u'#')) || referencesOutside(a.value()))
                    return tr("the icon refers to a file or a web address; icons must hold everything they show");
            }
        }
        if (xml.hasError() || !sawRoot)
            return notSvg;
        return std::nullopt;
    }
};

} // namespace

std::optional<QString> svgIconProblem(const QString &path)
{
    return SvgIcon::problem(path);
}

} // namespace khien
