#include "modulexmlwriter.h"

#include <QDate>
#include <QXmlStreamWriter>

namespace khien {

namespace {

// A text in each language it has (a pack may hold some texts in a language it does not
// list as complete).
void texts(QXmlStreamWriter &w, const QString &element, const LocalizedText &t)
{
    for (const QString &lang : supportedLanguages()) {
        if (!t.has(lang))
            continue;
        w.writeStartElement(element);
        w.writeAttribute(QStringLiteral("lang"), lang);
        w.writeCharacters(t.in(lang));
        w.writeEndElement();
    }
}

QString optionElement(QuestionType type)
{
    switch (type) {
    case QuestionType::Matching:
        return QStringLiteral("pair");
    case QuestionType::Ordering:
        return QStringLiteral("item");
    case QuestionType::ShortAnswer:
    case QuestionType::Numeric:
        return QStringLiteral("answer");
    default:
        return QStringLiteral("option");
    }
}

void writeOption(QXmlStreamWriter &w, const Question &q, const Option &o)
{
    w.writeStartElement(optionElement(q.type));
    w.writeAttribute(QStringLiteral("id"), o.id);
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::Multiple:
    case QuestionType::MissingWord:
        if (o.correct)
            w.writeAttribute(QStringLiteral("correct"), QStringLiteral("true"));
        texts(w, QStringLiteral("text"), o.text);
        break;
    case QuestionType::Matching:
        texts(w, QStringLiteral("left"), o.text);
        texts(w, QStringLiteral("right"), o.match);
        break;
    case QuestionType::Ordering:
        if (!o.after.isEmpty())
            w.writeAttribute(QStringLiteral("after"), o.after.join(QLatin1Char(' ')));
        texts(w, QStringLiteral("text"), o.text);
        break;
    case QuestionType::ShortAnswer:
        w.writeAttribute(QStringLiteral("fraction"), plainNumber(o.fraction * 100));
        texts(w, QStringLiteral("text"), o.text);
        break;
    case QuestionType::Numeric:
        w.writeAttribute(QStringLiteral("value"), plainNumber(o.value));
        w.writeAttribute(QStringLiteral("tolerance"), plainNumber(o.tolerance));
        w.writeAttribute(QStringLiteral("fraction"), plainNumber(o.fraction * 100));
        break;
    default: // truefalse: the app labels the options
        break;
    }
    texts(w, QStringLiteral("explain"), o.explanation);
    w.writeEndElement();
}

void writeQuestion(QXmlStreamWriter &w, const Question &q)
{
    w.writeStartElement(QStringLiteral("question"));
    w.writeAttribute(QStringLiteral("id"), q.id);
    w.writeAttribute(QStringLiteral("type"), questionTypeName(q.type));
    if (q.type == QuestionType::TrueFalse) {
        const Option *t = q.option(QStringLiteral("true"));
        w.writeAttribute(QStringLiteral("answer"), t && t->correct ? QStringLiteral("true") : QStringLiteral("false"));
    }
    if (q.type == QuestionType::ShortAnswer) {
        if (q.caseSensitive)
            w.writeAttribute(QStringLiteral("case"), QStringLiteral("sensitive"));
        if (q.ignoreDiacritics)
            w.writeAttribute(QStringLiteral("diacritics"), QStringLiteral("optional"));
    }
    texts(w, QStringLiteral("prompt"), q.prompt);
    if (q.type == QuestionType::MissingWord)
        texts(w, QStringLiteral("after"), q.promptAfter);
    for (const Option &o : q.options)
        writeOption(w, q, o);
    w.writeEndElement();
}

} // namespace

QString plainNumber(double value)
{
    QString s = QString::number(value, 'f', 7);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s == QLatin1String("-0") ? QStringLiteral("0") : s;
}

bool isImportMade(const Module &module)
{
    if (!module.lessons.isEmpty() || !module.objectives.isEmpty())
        return false;
    for (const Question &q : module.quiz ? module.quiz->questions : QVector<Question>{})
        if (q.type == QuestionType::RedFlags || q.type == QuestionType::Scenario || !q.sources.isEmpty())
            return false;
    return true;
}

QByteArray moduleXml(const Module &m, const QString &comment)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeComment(QLatin1Char(' ') + comment + QLatin1Char(' '));
    w.writeStartElement(QStringLiteral("module"));
    w.writeAttribute(QStringLiteral("id"), m.id);
    texts(w, QStringLiteral("title"), m.title);
    texts(w, QStringLiteral("summary"), m.summary);
    if (m.quiz) {
        w.writeStartElement(QStringLiteral("quiz"));
        w.writeAttribute(QStringLiteral("id"), m.quiz->id);
        w.writeAttribute(QStringLiteral("passPercent"), QString::number(m.quiz->passPercent));
        texts(w, QStringLiteral("title"), m.quiz->title);
        for (const Question &q : m.quiz->questions)
            writeQuestion(w, q);
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

QByteArray courseXml(const Course &course)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("course"));
    w.writeAttribute(QStringLiteral("id"), course.id);
    w.writeAttribute(QStringLiteral("format"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("version"), QDate::currentDate().toString(Qt::ISODate));
    w.writeAttribute(QStringLiteral("languages"), course.languages.join(QLatin1Char(' ')));
    texts(w, QStringLiteral("title"), course.title);
    texts(w, QStringLiteral("description"), course.description);
    for (const Module &m : course.modules) {
        w.writeEmptyElement(QStringLiteral("module"));
        w.writeAttribute(QStringLiteral("src"), QStringLiteral("modules/") + m.id + QStringLiteral(".xml"));
    }
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

} // namespace khien
