#include "lessonbody.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>

namespace khien {

namespace {

class LessonChecks
{
    Q_DECLARE_TR_FUNCTIONS(ContentLoader)

public:
    static ContentIssues check(const QString &file, const QString &markdown)
    {
        // An image whose target has a URL scheme: it would be fetched from the network.
        static const QRegularExpression remoteImage(QStringLiteral("!\\[[^\\]]*\\]\\(\\s*<?[A-Za-z][A-Za-z0-9+.-]*:"));
        ContentIssues issues;
        if (markdown.trimmed().isEmpty())
            issues.append({file, 0, tr("the lesson text is empty")});
        const QStringList lines = markdown.split(QLatin1Char('\n'));
        bool inCode = false;
        for (int i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            if (line.trimmed().startsWith(QLatin1String("```"))) {
                inCode = !inCode;
                continue;
            }
            if (inCode)
                continue;
            if (containsHtml(line))
                issues.append({file, i + 1, tr("raw HTML is not allowed in lessons")});
            if (remoteImage.match(line).hasMatch())
                issues.append({file, i + 1, tr("images must be files in the pack, not web addresses")});
        }
        return issues;
    }

    static LessonBody read(const Lesson &lesson, const QString &lang)
    {
        LessonBody body;
        const QString path = lesson.bodyPath.in(lang);
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            body.issues.append({path, 0, tr("cannot open the lesson text: %1").arg(file.errorString())});
            return body;
        }
        const QByteArray bytes = file.readAll();
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8.decode(bytes);
        if (utf8.hasError()) {
            body.issues.append({path, 0, tr("the lesson text is not valid UTF-8")});
            return body;
        }
        body.issues = check(path, text);
        if (body.issues.isEmpty()) {
            body.markdown = text;
            const QString folder = QFileInfo(path).path();
            body.baseUrl = folder.startsWith(QLatin1Char(':'))
                ? QStringLiteral("qrc") + folder + QLatin1Char('/')
                : QUrl::fromLocalFile(folder + QLatin1Char('/')).toString();
        }
        return body;
    }
};

} // namespace

QVector<LessonSegment> splitKeyPoints(const QString &markdown)
{
    QVector<LessonSegment> segments;
    bool inCode = false;
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("```")))
            inCode = !inCode;
        const bool quote = !inCode && trimmed.startsWith(QLatin1Char('>'));
        // A blank line inside a quote block (">") continues it; any other blank line ends it.
        const QString content = quote ? trimmed.mid(1).trimmed() : line;
        if (segments.isEmpty() || segments.last().keyPoint != quote)
            segments.append({quote, QString()});
        segments.last().markdown += content + QLatin1Char('\n');
    }
    segments.removeIf([](const LessonSegment &s) { return s.markdown.trimmed().isEmpty(); });
    return segments;
}

bool containsHtml(const QString &text)
{
    // An HTML tag or comment; Markdown autolinks (<https://…>) are not tags.
    static const QRegularExpression html(QStringLiteral("<(/?[A-Za-z][A-Za-z0-9-]*[\\s/>]|!--)"));
    return html.match(text).hasMatch();
}

LessonBody readLessonBody(const Lesson &lesson, const QString &lang)
{
    return LessonChecks::read(lesson, lang);
}

ContentIssues checkLessonMarkdown(const QString &file, const QString &markdown)
{
    return LessonChecks::check(file, markdown);
}

} // namespace khien
