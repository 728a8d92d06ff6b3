#include "contentreview.h"

#include <QCoreApplication>

namespace khien {

namespace {

class Review
{
    Q_DECLARE_TR_FUNCTIONS(ContentLoader)

public:
    explicit Review(const QDate &until) : m_until(until) {}

    QVector<ReviewDue> run(const Course &course)
    {
        for (const Module &m : course.modules) {
            for (const Lesson &l : m.lessons) {
                const QString lesson = tr("lesson \"%1\"").arg(l.id);
                add(m, l.reviewBy, lesson);
                for (const Source &s : l.sources)
                    add(m, s.reviewBy, tr("source \"%1\" of %2").arg(s.title, lesson));
            }
            if (!m.quiz)
                continue;
            for (const Question &q : m.quiz->questions) {
                const QString question = tr("question \"%1\"").arg(q.id);
                add(m, q.reviewBy, question);
                for (const Source &s : q.sources)
                    add(m, s.reviewBy, tr("source \"%1\" of %2").arg(s.title, question));
            }
        }
        std::stable_sort(m_due.begin(), m_due.end(),
                         [](const ReviewDue &a, const ReviewDue &b) { return a.reviewBy < b.reviewBy; });
        return m_due;
    }

private:
    void add(const Module &m, const QString &date, const QString &what)
    {
        const QDate d = QDate::fromString(date, Qt::ISODate);
        if (d.isValid() && d <= m_until)
            m_due.append({d, m.id, m.file, what});
    }

    QDate m_until;
    QVector<ReviewDue> m_due;
};

struct ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(ContentLoader)
public:
    //: %1 is what (a lesson, a question, a source), %2 and %3 dates YYYY-MM-DD
    static QString expired(const QString &what, const QString &reviewBy, const QString &asOf)
    {
        return tr("%1 was to be reviewed by %2 (checked as of %3): check its facts and move the date")
            .arg(what, reviewBy, asOf);
    }
};

} // namespace

QVector<ReviewDue> contentDueForReview(const Course &course, const QDate &until)
{
    return Review(until).run(course);
}

ContentIssues checkReviewDates(const Course &course, const QDate &asOf, bool asErrors)
{
    ContentIssues issues;
    for (const ReviewDue &due : contentDueForReview(course, asOf.addDays(-1))) {
        ContentIssue issue{due.file, 0,
                           ReviewText::expired(due.description, due.reviewBy.toString(Qt::ISODate),
                                               asOf.toString(Qt::ISODate))};
        issue.warning = !asErrors;
        issues.append(issue);
    }
    return issues;
}

} // namespace khien
