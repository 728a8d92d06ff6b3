// One Moodle XML <question> as a Khiên question: see moodlexml.h.
#include "contentlimits.h"
#include "htmltext.h"
#include "moodlexmltree.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace khien {

namespace {

QString letter(int i)
{
    const QString base(QChar(u'a' + i % 26));
    return i < 26 ? base : base + QString::number(i / 26);
}

class MoodleQuestion
{
    Q_DECLARE_TR_FUNCTIONS(MoodleImport)

public:
    MoodleQuestion(const XmlNode &node, const QString &lang, ParsedBank &bank, int &imagesLeft)
        : m_node(node), m_lang(lang), m_bank(bank), m_imagesLeft(imagesLeft)
    {
        m_iq.line = node.line;
        m_iq.name = node.textOf(u"name").simplified();
        m_iq.idHint = node.child(u"idnumber") ? node.child(u"idnumber")->text.trimmed() : QString();
    }

    void convert()
    {
        const QString type = m_node.attribute(u"type");
        const XmlNode *questionText = m_node.child(u"questiontext");
        m_general = textIn(m_node.child(u"generalfeedback"));
        const QString prompt = textIn(questionText);
        Question &q = m_iq.question;
        q.prompt.set(m_lang, prompt);
        bool ok = false;
        if (type == QLatin1String("multichoice"))
            ok = multichoice();
        else if (type == QLatin1String("truefalse"))
            ok = truefalse();
        else if (type == QLatin1String("shortanswer"))
            ok = shortanswer();
        else if (type == QLatin1String("numerical"))
            ok = numerical();
        else if (type == QLatin1String("matching"))
            ok = matching();
        else if (type == QLatin1String("ordering"))
            ok = ordering();
        else
            return skip(tr("\"%1\" questions are not a type Khiên can play").arg(type.left(40)));
        if (!ok)
            return;
        if (q.prompt.in(m_lang).isEmpty())
            return skip(tr("the question has no text"));
        m_bank.notes += m_notes;
        m_bank.questions.append(m_iq);
    }

private:
    void skip(const QString &why) { m_bank.notes.append({ImportNote::Kind::Skipped, m_iq.line, m_iq.name, why}); }
    void warn(const QString &why) { m_notes.append({ImportNote::Kind::Warning, m_iq.line, m_iq.name, why}); }

    // The plain text of an element holding <text> (and maybe <file>s), by its format.
    QString textIn(const XmlNode *element)
    {
        if (!element)
            return {};
        const XmlNode *t = element->child(u"text");
        const QString raw = t ? t->text : element->text;
        const QString format = element->attribute(u"format");
        if (format == QLatin1String("plain_text") || format == QLatin1String("markdown"))
            return raw.trimmed();
        const PlainFromHtml plain = plainFromHtml(raw);
        for (const QString &tag : plain.droppedScripts)
            warn(tr("a <%1> in its text was dropped").arg(tag));
        for (const QString &src : plain.remoteImages)
            warn(tr("the image \"%1\" is not inside the file and was dropped").arg(src.left(80)));
        for (const QString &name : plain.embeddedImages)
            addImage(*element, name);
        return plain.text;
    }

    void addImage(const XmlNode &element, const QString &name)
    {
        const XmlNode *file = nullptr;
        for (const XmlNode &c : element.children)
            if (c.name == QLatin1String("file") && c.attribute(u"name") == name)
                file = &c;
        if (!file || file->attribute(u"encoding") != QLatin1String("base64"))
            return warn(tr("the image \"%1\" is not in the file and was dropped").arg(name.left(80)));
        const QByteArray base64 = file->text.toLatin1();
        if (base64.size() / 4 * 3 > limits::maxImportImageBytes + 3)
            return warn(tr("the image \"%1\" is larger than %2 kB and was dropped").arg(name.left(80)).arg(limits::maxImportImageBytes / 1024));
        if (m_imagesLeft <= 0)
            return warn(tr("the image \"%1\" was dropped: an import keeps at most %2 images").arg(name.left(80)).arg(limits::maxImportImages));
        const QByteArray::FromBase64Result result = QByteArray::fromBase64Encoding(QByteArray(base64).replace(' ', "").replace('\n', "").replace('\r', "").replace('\t', ""),
                                                                                   QByteArray::AbortOnBase64DecodingErrors);
        const std::optional<QByteArray> decoded = result ? std::optional<QByteArray>(result.decoded) : std::nullopt;
        QString extension;
        if (decoded && decoded->startsWith("\x89PNG\r\n\x1a\n"))
            extension = QStringLiteral("png");
        else if (decoded && decoded->startsWith("\xFF\xD8\xFF"))
            extension = QStringLiteral("jpg");
        else if (decoded && (decoded->startsWith("GIF87a") || decoded->startsWith("GIF89a")))
            extension = QStringLiteral("gif");
        if (extension.isEmpty())
            return warn(tr("the file \"%1\" is not a PNG, JPEG or GIF image and was dropped").arg(name.left(80)));
        --m_imagesLeft;
        m_iq.images.append({*decoded, extension});
    }

    struct Answer
    {
        double fraction = 0; // percent
        QString text;
        QString feedback;
        const XmlNode *node = nullptr;
    };

    QVector<Answer> answers()
    {
        QVector<Answer> out;
        for (const XmlNode &c : m_node.children) {
            if (c.name != QLatin1String("answer"))
                continue;
            Answer a;
            a.fraction = c.attribute(u"fraction").toDouble();
            a.text = textIn(&c);
            a.feedback = textIn(c.child(u"feedback"));
            a.node = &c;
            out.append(a);
        }
        return out;
    }

    Option option(int i, const Answer &a)
    {
        Option o;
        o.id = letter(i);
        o.text.set(m_lang, a.text);
        o.explanation.set(m_lang, a.feedback.isEmpty() ? m_general : a.feedback);
        o.fraction = std::clamp(a.fraction, -100.0, 100.0) / 100.0;
        o.correct = a.fraction > 0;
        return o;
    }

    bool multichoice()
    {
        Question &q = m_iq.question;
        const QVector<Answer> list = answers();
        const bool single = m_node.textOf(u"single").trimmed() != QLatin1String("false");
        double best = 0;
        for (const Answer &a : list)
            best = std::max(best, a.fraction);
        if (best <= 0)
            return skip(tr("no answer is worth any points")), false;
        int partial = 0;
        for (int i = 0; i < list.size(); ++i) {
            Option o = option(i, list[i]);
            if (single) {
                o.correct = list[i].fraction == best;
                partial += list[i].fraction > 0 && list[i].fraction < best ? 1 : 0;
            }
            q.options.append(o);
        }
        const int correct = int(std::count_if(q.options.cbegin(), q.options.cend(), [](const Option &o) { return o.correct; }));
        q.type = single && correct == 1 ? QuestionType::Single : QuestionType::Multiple;
        if (partial > 0)
            warn(tr("%n answer(s) with partial credit count as wrong: Khiên's single choice has one right answer", "", partial));
        // Moodle's missing-word questions are single choices with the gap as "_____".
        static const QRegularExpression gap(QStringLiteral("_{5,}"));
        const QString prompt = q.prompt.in(m_lang);
        if (q.type == QuestionType::Single && prompt.count(gap) == 1) {
            const QRegularExpressionMatch m = gap.match(prompt);
            q.type = QuestionType::MissingWord;
            q.prompt.set(m_lang, prompt.left(m.capturedStart()).trimmed());
            q.promptAfter.set(m_lang, prompt.mid(m.capturedEnd()).trimmed());
            if (q.prompt.in(m_lang).isEmpty())
                q.prompt.set(m_lang, QStringLiteral("…"));
        }
        return true;
    }

    bool truefalse()
    {
        Question &q = m_iq.question;
        q.type = QuestionType::TrueFalse;
        Option t, f;
        t.id = QStringLiteral("true");
        f.id = QStringLiteral("false");
        bool found = false;
        for (const Answer &a : answers()) {
            const bool isTrue = a.text.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
            Option &o = isTrue ? t : f;
            o.correct = a.fraction > 0;
            o.explanation.set(m_lang, a.feedback.isEmpty() ? m_general : a.feedback);
            found = found || a.fraction > 0;
        }
        if (!found || t.correct == f.correct)
            return skip(tr("a true/false question needs exactly one right answer")), false;
        q.options = {t, f};
        return true;
    }

    bool shortanswer()
    {
        Question &q = m_iq.question;
        q.type = QuestionType::ShortAnswer;
        q.caseSensitive = m_node.textOf(u"usecase").trimmed() == QLatin1String("1");
        int wrong = 0;
        for (const Answer &a : answers()) {
            if (a.fraction <= 0) { ++wrong; continue; }
            q.options.append(option(int(q.options.size()), a));
        }
        if (wrong > 0)
            warn(tr("%n answer(s) worth no points were left out: Khiên marks any other answer wrong", "", wrong));
        if (q.options.isEmpty())
            return skip(tr("no answer is worth any points")), false;
        return true;
    }

    bool numerical()
    {
        Question &q = m_iq.question;
        q.type = QuestionType::Numeric;
        for (const Answer &a : answers()) {
            if (a.fraction <= 0)
                continue;
            bool ok = false;
            Option o = option(int(q.options.size()), a);
            o.text = {};
            o.value = a.text.trimmed().toDouble(&ok);
            o.tolerance = std::abs(a.node->textOf(u"tolerance").trimmed().toDouble());
            if (!ok) {
                warn(tr("the answer \"%1\" is not a number and was left out").arg(a.text.left(40)));
                continue;
            }
            q.options.append(o);
        }
        if (m_node.child(u"units") && !m_node.child(u"units")->children.isEmpty())
            warn(tr("units are not kept: the number alone is checked"));
        if (q.options.isEmpty())
            return skip(tr("no answer is worth any points")), false;
        return true;
    }

    bool matching()
    {
        Question &q = m_iq.question;
        q.type = QuestionType::Matching;
        int distractors = 0;
        for (const XmlNode &c : m_node.children) {
            if (c.name != QLatin1String("subquestion"))
                continue;
            const QString left = textIn(&c);
            const QString right = c.textOf(u"answer").simplified();
            if (left.isEmpty()) {
                ++distractors;
                continue;
            }
            Option o;
            o.id = letter(int(q.options.size()));
            o.correct = true;
            o.text.set(m_lang, left);
            o.match.set(m_lang, right);
            o.explanation.set(m_lang, m_general);
            q.options.append(o);
        }
        if (distractors > 0)
            warn(tr("%n extra right-hand choice(s) (subquestions without text) were left out: Khiên matches pairs only", "", distractors));
        if (q.options.size() < 3)
            return skip(tr("a matching question needs at least three pairs")), false;
        return true;
    }

    bool ordering()
    {
        Question &q = m_iq.question;
        q.type = QuestionType::Ordering;
        QVector<Answer> list = answers();
        // qtype_ordering writes the items in their right order, numbered by fraction.
        std::stable_sort(list.begin(), list.end(), [](const Answer &a, const Answer &b) { return a.fraction < b.fraction; });
        for (int i = 0; i < list.size(); ++i) {
            Option o = option(i, list[i]);
            o.correct = true;
            o.fraction = 0;
            q.options.append(o);
        }
        if (q.options.size() < 3)
            return skip(tr("an ordering question needs at least three items")), false;
        return true;
    }

    const XmlNode &m_node;
    QString m_lang;
    ParsedBank &m_bank;
    int &m_imagesLeft;
    ImportedQuestion m_iq;
    QString m_general;
    QVector<ImportNote> m_notes;
};

} // namespace

void convertMoodleQuestion(const XmlNode &node, const QString &lang, ParsedBank &bank, int &imagesLeft)
{
    MoodleQuestion(node, lang, bank, imagesLeft).convert();
}

} // namespace khien
