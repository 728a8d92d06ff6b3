#include "contentquality.h"

#include "contentwording.h"
#include "lessonbody.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace khien {

namespace {

class Quality
{
    Q_DECLARE_TR_FUNCTIONS(ContentLoader)

public:
    Quality(const Course &course, const QualityMinimums &min) : m_course(course), m_min(min) {}

    ContentIssues run()
    {
        for (const Module &m : m_course.modules)
            checkModule(m);
        m_issues += checkGuessability(m_course);
        m_issues += checkTerminology(m_course);
        return m_issues;
    }

private:
    void add(const QString &file, int line, const QString &message) { m_issues.append({file, line, message}); }

    // Both languages of one text: diacritics in the Vietnamese, comparable lengths.
    void pair(const QString &file, const QString &where, const LocalizedText &t)
    {
        if (lacksVietnameseDiacritics(t.vi))
            add(file, 0, tr("%1: the Vietnamese text has no diacritics (untranslated?): \"%2\"").arg(where, t.vi.left(60)));
        const qsizetype a = t.vi.size();
        const qsizetype b = t.en.size();
        const qsizetype shorter = std::min(a, b);
        if (std::max(a, b) >= 40 && shorter > 0 && double(std::max(a, b)) / shorter > m_min.lengthRatioMax)
            add(file, 0, tr("%1: the Vietnamese (%2 characters) and English (%3) texts differ too much in length")
                             .arg(where).arg(a).arg(b));
    }

    void checkModule(const Module &m)
    {
        const QString where = tr("module \"%1\"").arg(m.id);
        pair(m.file, where, m.title);
        pair(m.file, where, m.summary);
        for (const LocalizedText &o : m.objectives)
            pair(m.file, where, o);
        for (const QString &lang : supportedLanguages()) {
            int words = 0;
            for (const Lesson &lesson : m.lessons) {
                const LessonBody body = readLessonBody(lesson, lang);
                m_issues += body.issues; // a lesson the app cannot show (an image outside the pack ...)
                words += markdownWordCount(body.markdown);
                checkLinks(lesson.bodyPath.in(lang), body.markdown);
                if (lang == QLatin1String("vi") && lacksVietnameseDiacritics(body.markdown))
                    add(lesson.bodyPath.vi, 0, tr("the Vietnamese lesson has no diacritics (untranslated?)"));
            }
            if (words < m_min.lessonWordsMin || words > m_min.lessonWordsMax)
                add(m.file, 0, tr("module \"%1\": its lessons have %2 words in %3; the course needs %4 to %5")
                                   .arg(m.id).arg(words).arg(lang).arg(m_min.lessonWordsMin).arg(m_min.lessonWordsMax));
        }
        for (const Lesson &lesson : m.lessons)
            pair(m.file, tr("lesson \"%1\"").arg(lesson.id), lesson.title);
        if (!m.quiz) {
            add(m.file, 0, tr("module \"%1\" has no quiz").arg(m.id));
            return;
        }
        QSet<QuestionType> types;
        for (const Question &q : m.quiz->questions) {
            types.insert(q.type);
            checkQuestion(m.file, q);
        }
        if (m.quiz->questions.size() < m_min.questionsMin || types.size() < m_min.questionTypesMin)
            add(m.file, 0, tr("module \"%1\": its quiz has %2 questions of %3 types; the course needs at least %4 questions of %5 types")
                               .arg(m.id).arg(m.quiz->questions.size()).arg(types.size())
                               .arg(m_min.questionsMin).arg(m_min.questionTypesMin));
    }

    void checkQuestion(const QString &file, const Question &q)
    {
        const QString where = tr("question \"%1\"").arg(q.id);
        pair(file, where, q.prompt);
        for (const Option &o : q.options) {
            const QString at = tr("question \"%1\", \"%2\"").arg(q.id, o.id);
            if (!o.text.vi.isEmpty())
                pair(file, at, o.text);
            if (!o.match.vi.isEmpty())
                pair(file, at, o.match);
            if (!o.explanation.vi.isEmpty())
                pair(file, at, o.explanation);
        }
        // The loader refuses a half-rated scenario; the course needs every one rated, so the
        // verdict audit (scenariostates.h) runs on all of them.
        const bool rated = std::any_of(q.steps.cbegin(), q.steps.cend(), [](const ScenarioStep &s) {
            return std::any_of(s.choices.cbegin(), s.choices.cend(),
                               [](const ScenarioChoice &c) { return c.quality != ChoiceQuality::Unrated; });
        });
        if (q.type == QuestionType::Scenario && !rated)
            add(file, 0, tr("scenario \"%1\" gives its choices no quality (quality=\"good\", \"risky\" or \"bad\"), so its endings cannot be checked against the paths").arg(q.id));
        for (const ScenarioStep &s : q.steps) {
            const QString at = tr("question \"%1\", \"%2\"").arg(q.id, s.id);
            pair(file, at, s.text);
            if (s.ending)
                pair(file, at, s.summary);
            for (const ScenarioChoice &c : s.choices) {
                pair(file, tr("question \"%1\", \"%2\"").arg(q.id, c.id), c.text);
                pair(file, tr("question \"%1\", \"%2\"").arg(q.id, c.id), c.consequence);
            }
        }
    }

    // Links must be web addresses or files in the pack (images are checked when the lesson is
    // read: lessonmarkdown.h).
    void checkLinks(const QString &file, const QString &markdown)
    {
        static const QRegularExpression link(QStringLiteral("(!?)\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)"));
        const QStringList lines = markdown.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            for (auto it = link.globalMatch(lines.at(i)); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                const bool image = !match.captured(1).isEmpty();
                const QString target = match.captured(2);
                const bool web = target.startsWith(QLatin1String("https://")) || target.startsWith(QLatin1String("http://"));
                if (image || web)
                    continue;
                const QString path = QDir::cleanPath(QFileInfo(file).path() + QLatin1Char('/') + target.section(QLatin1Char('#'), 0, 0));
                if (!path.startsWith(m_course.rootPath + QLatin1Char('/')) || !QFileInfo(path).isFile())
                    add(file, i + 1, tr("link \"%1\" is neither a web address nor a file in the pack").arg(target));
            }
        }
    }

    const Course &m_course;
    QualityMinimums m_min;
    ContentIssues m_issues;
};

} // namespace

bool lacksVietnameseDiacritics(const QString &text)
{
    // Count plain words only: addresses, domains and codes ("vcb-diem.top") need no accents.
    static const QRegularExpression word(QStringLiteral("^[A-Za-z]{2,}[.,;:!?)]*$"));
    int words = 0;
    for (const QString &token : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        words += word.match(token).hasMatch() ? 1 : 0;
    if (words < 4)
        return false; // names, codes and short labels ("OTP", "Vietcombank") need none
    for (const QChar c : text)
        if (c.unicode() > 0x7f && c.isLetter())
            return false;
    return true;
}

int markdownWordCount(const QString &markdown)
{
    QString text = markdown;
    text.remove(QRegularExpression(QStringLiteral("\\]\\([^)]*\\)"))); // link targets
    static const QRegularExpression word(QStringLiteral("[\\w\\x{00C0}-\\x{1EF9}]+"), QRegularExpression::UseUnicodePropertiesOption);
    int count = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

ContentIssues checkCourseQuality(const Course &course, const QualityMinimums &min)
{
    return Quality(course, min).run();
}

} // namespace khien
