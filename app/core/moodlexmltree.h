// A small element tree for one Moodle XML <question>, read with QXmlStreamReader: bounded
// depth, no DTD, no entity other than XML's own. Internal to the Moodle XML reader.
#pragma once

#include <QString>
#include <QVector>
#include <QXmlStreamReader>

namespace khien {

struct XmlNode
{
    QString name;
    QXmlStreamAttributes attributes;
    QString text; // the element's own character data
    QVector<XmlNode> children;
    int line = 0;

    [[nodiscard]] const XmlNode *child(QStringView childName) const
    {
        for (const XmlNode &c : children)
            if (c.name == childName)
                return &c;
        return nullptr;
    }
    // The text of <childName><text>…</text></childName>, or of <childName>…</childName>.
    [[nodiscard]] QString textOf(QStringView childName) const
    {
        const XmlNode *c = child(childName);
        if (!c)
            return {};
        const XmlNode *t = c->child(u"text");
        return t ? t->text : c->text;
    }
    [[nodiscard]] QString attribute(QStringView attributeName) const { return attributes.value(attributeName.toString()).toString(); }
};

} // namespace khien

#include "importreport.h"

namespace khien {

// Adds the question `node` (a <question> element other than a category) to `bank`, or a
// note saying why it was skipped. `imagesLeft` counts down the images the import may save.
void convertMoodleQuestion(const XmlNode &node, const QString &lang, ParsedBank &bank, int &imagesLeft);

} // namespace khien
