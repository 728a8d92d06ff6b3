// CSV score exports: cells, the per trainee × module summary, the per-answer detail, and
// the atomic write.
#include "csvexport.h"

#include "atomicwrite.h"
#include "coursecatalog.h"
#include "store.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace khien {

namespace {

struct CsvText
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)
public:
    //: A cell of the "Passed" and "Correct" columns, in the language of the headers
    static QString yes() { return tr("yes"); }
    //: A cell of the "Passed" and "Correct" columns, in the language of the headers
    static QString no() { return tr("no"); }

    static QStringList summaryHeader()
    {
        return {tr("Trainee"), tr("Group"), tr("Module ID"),
                //: Column: the module's title in Vietnamese
                tr("Module (Vietnamese)"),
                //: Column: the module's title in English
                tr("Module (English)"), tr("Lessons read"),
                //: Column: finished attempts at the module's quiz
                tr("Attempts"),
                //: Column: the recorded grade, in percent
                tr("Grade (%)"), tr("Passed"),
                //: Column: minutes spent answering the module's quiz
                tr("Time (min)"), tr("Trainee ID")};
    }
    static QStringList answersHeader()
    {
        return {tr("Trainee"), tr("Module ID"), tr("Quiz ID"), tr("Attempt ID"),
                tr("Question ID"), tr("Type"), tr("Chosen"), tr("Correct"), tr("Points"),
                //: Column: milliseconds the trainee took to answer
                tr("Time (ms)"), tr("Language"), tr("Content version"),
                //: Column: date and time of the answer, ISO 8601 in UTC
                tr("Answered at (UTC)")};
    }
    //: %1 is a file path, %2 the reason
    static QString cannotWrite(const QString &path, const QString &why) { return tr("Cannot write %1: %2").arg(path, why); }
};

// `value` quoted when it must be, inner quotes doubled; no neutralising.
QString quoted(const QString &value, QChar separator)
{
    const bool quote = value.contains(separator) || value.contains(QLatin1Char('"'))
            || value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n'));
    if (!quote)
        return value;
    QString cell = value;
    cell.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

// A cell of a row: text from people and content (neutralised) or a number we formatted
// (a leading '-' is a sign there, not a formula).
struct Cell
{
    Cell(const QString &text) : text(text) {} // NOLINT: implicit on purpose
    static Cell number(const QString &formatted)
    {
        Cell c(formatted);
        c.isNumber = true;
        return c;
    }
    QString text;
    bool isNumber = false;
};


// A CSV document under construction: cells joined by the separator, rows ended by CRLF.
class CsvWriter
{
public:
    explicit CsvWriter(const CsvOptions &options) : m_sep(options.separator)
    {
        m_decimalMark = m_sep == QLatin1Char(',') ? QLatin1Char('.') : QLatin1Char(',');
    }

    void row(const QVector<Cell> &cells)
    {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                m_text += m_sep;
            const Cell &c = cells[i];
            m_text += c.isNumber ? quoted(c.text, m_sep) : csvCell(c.text, m_sep);
        }
        m_text += QLatin1String("\r\n");
    }

    void header(const QStringList &titles) { row(QVector<Cell>(titles.cbegin(), titles.cend())); }

    // At most `decimals` places, trailing zeros dropped, with the decimal mark that goes with
    // the separator.
    [[nodiscard]] Cell number(double value, int decimals) const
    {
        QString s = QString::number(value, 'f', decimals);
        if (s.contains(QLatin1Char('.'))) {
            while (s.endsWith(QLatin1Char('0')))
                s.chop(1);
            if (s.endsWith(QLatin1Char('.')))
                s.chop(1);
        }
        if (s == QLatin1String("-0"))
            s = QStringLiteral("0");
        s.replace(QLatin1Char('.'), m_decimalMark);
        return Cell::number(s);
    }

    [[nodiscard]] QByteArray bytes() const
    {
        return QByteArrayLiteral("\xEF\xBB\xBF") + m_text.toUtf8();
    }

private:
    QChar m_sep;
    QChar m_decimalMark;
    QString m_text;
};


} // namespace

QString csvCell(const QString &value, QChar separator)
{
    if (!value.isEmpty()) {
        const QChar first = value.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t')
            || first == QLatin1Char('\r'))
            return quoted(QLatin1Char('\'') + value, separator);
    }
    return quoted(value, separator);
}

QByteArray summaryCsv(const Store &store, const CourseCatalog &catalog, const CsvOptions &options)
{
    CsvWriter csv(options);
    csv.header(CsvText::summaryHeader());
    const Dashboard board = buildDashboard(store, catalog, options.scope, options.policy);
    for (const DashboardRow &row : board.rows) {
        const Trainee &t = row.trainee;
        for (int i = 0; i < board.moduleIds.size(); ++i) {
            const Module *m = catalog.module(board.moduleIds.at(i));
            const DashboardCell &c = row.cells.at(i);
            const bool graded = c.gradePercent >= 0;
            csv.row({t.displayName, t.groupCode, m->id, m->title.vi, m->title.en,
                     csv.number(c.lessonsRead, 0), csv.number(c.attempts, 0),
                     graded ? csv.number(c.gradePercent, 1) : Cell(QString()),
                     c.passed ? CsvText::yes() : CsvText::no(), csv.number(c.timeSpentMs / 60000.0, 1), t.id});
        }
    }
    return csv.bytes();
}

QByteArray answersCsv(const Store &store, const CsvOptions &options)
{
    CsvWriter csv(options);
    csv.header(CsvText::answersHeader());
    const ResolvedScope resolved = resolveScope(store, options.scope);
    const QSet<QString> modules(resolved.sessionModuleIds.cbegin(), resolved.sessionModuleIds.cend());
    for (const Trainee &t : resolved.trainees) {
        QVector<AttemptRecord> attempts = store.attempts(t.id); // newest first
        std::reverse(attempts.begin(), attempts.end());
        for (const AttemptRecord &a : std::as_const(attempts)) {
            if (resolved.isSession && !modules.contains(a.moduleId))
                continue;
            for (const AnswerRecord &n : store.answers(a.id)) {
                csv.row({t.displayName, a.moduleId, a.quizId, a.id, n.questionId, n.questionType,
                         n.chosen.join(QLatin1Char(' ')), n.correct ? CsvText::yes() : CsvText::no(),
                         csv.number(n.points, 2), Cell::number(QString::number(n.timeTakenMs)),
                         n.language,
                         n.contentVersion,
                         n.answeredAt.isValid() ? n.answeredAt.toUTC().toString(Qt::ISODate)
                                                : QString()});
            }
        }
    }
    return csv.bytes();
}

bool writeAtomically(const QString &path, const QByteArray &data, QString *error)
{
    const auto failure = writeFileAtomically(path, data);
    if (failure && error)
        *error = CsvText::cannotWrite(path, failure->reason);
    return !failure;
}

} // namespace khien
