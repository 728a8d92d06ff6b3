// Class report: built as escaped HTML in a paginated QTextDocument (tables with repeated
// header rows, never a row split across pages), with the bar chart as a drawn object, then
// painted page by page on the PDF with a footer.
#include "classreportpdf.h"

#include "barchart.h"
#include "displayformat.h"
#include "reportcommon.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSet>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <memory>

namespace khien::report {

namespace {

// Loads nothing: no image, style sheet or link target is ever fetched, even if markup
// slipped in.
class ReportDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

const QString dash = QStringLiteral("–");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

bool isEmpty(const ReportCell &cell)
{
    return cell.gradePercent < 0 && cell.attempts == 0 && cell.lessonsRead == 0
            && cell.timeSpentMs == 0;
}

QString cellHtml(const ReportCell &cell, const QString &language)
{
    const QLocale locale = displayLocale(language);
    if (isEmpty(cell))
        return dash;
    QString html = cell.gradePercent < 0
            ? dash
            : QStringLiteral("<b>%1</b>&nbsp;%2")
                      .arg(esc(formatPercent(cell.gradePercent, language)),
                           cell.passed ? QStringLiteral("✓") : QStringLiteral("✗"));
    QStringList details;
    if (cell.attempts > 0)
        //: In a table cell: finished quiz attempts
        details << Report::tr("attempts: %1").arg(locale.toString(cell.attempts));
    if (cell.lessonsTotal > 0 || cell.lessonsRead > 0)
        //: In a table cell: lessons of the module read, e.g. "lessons: 3/4"
        details << Report::tr("lessons: %1/%2")
                           .arg(locale.toString(cell.lessonsRead), locale.toString(cell.lessonsTotal));
    if (cell.timeSpentMs > 0)
        //: In a table cell: time spent in the module, in minutes
        details << Report::tr("time: %1 min")
                           .arg(locale.toString(qMax<qint64>(1, qRound64(cell.timeSpentMs / 60000.0))));
    // One detail a line; narrow columns wrap between words (never inside one: the document
    // wraps at word boundaries only), and a number stays with the word after it ("13 phút").
    static const QRegularExpression numberThenWord(QStringLiteral("(\\d) (?=\\p{L})"));
    for (QString &detail : details)
        detail = esc(detail.replace(numberThenWord, QStringLiteral("\\1") + QChar(QChar::Nbsp)));
    if (!details.isEmpty())
        html += QStringLiteral("<br/><span style=\"font-size:7pt\">%1</span>")
                        .arg(details.join(QStringLiteral("<br/>")));
    return html;
}

// Data rows before which the table is closed and continued on a new page (breakBeforeSplitRow).
struct TableBreaks
{
    QSet<int> trainees;
    QSet<int> items;
};

// `header`: the header row's cells; repeated by Qt on every page the table runs onto.
QString tableStart(const QString &header, bool newPage)
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\""
                          " style=\"border-collapse:collapse; border-color:#808080; font-size:8pt;%1\">"
                          "<thead><tr bgcolor=\"#e4e4e4\">%2</tr></thead>")
            .arg(newPage ? QStringLiteral(" page-break-before:always") : QString(), header);
}

// Ends the table and starts it again on a new page when `breaks` says so before row `row`.
QString rowStart(int row, const QSet<int> &breaks, const QString &header)
{
    return breaks.contains(row) ? QStringLiteral("</table>") + tableStart(header, true) + QStringLiteral("<tr>")
                                : QStringLiteral("<tr>");
}

QString headerCell(const QString &text, double widthPercent)
{
    return QStringLiteral("<th width=\"%1%\" align=\"left\">%2</th>")
            .arg(QString::number(widthPercent, 'f', 1), esc(text));
}

QString titleHtml(const ClassReport &report, const QLocale &locale)
{
    QVector<QPair<QString, QString>> rows{{Report::tr("Class"), report.className}};
    QStringList session;
    if (!report.sessionTitle.isEmpty())
        session << report.sessionTitle;
    if (report.sessionDate.isValid())
        session << formatDate(report.sessionDate, report.language);
    if (!session.isEmpty())
        rows.append({Report::tr("Session"), session.join(QStringLiteral(" — "))});
    rows.append({Report::tr("Trainees"), locale.toString(report.trainees.size())});
    rows.append({Report::tr("Modules"), locale.toString(report.moduleTitles.size())});
    if (report.generatedAt.isValid())
        //: When this report was made
        rows.append({Report::tr("Generated"), formatDateTime(report.generatedAt, report.language)});

    QString html = QStringLiteral("<h1>%1</h1><table cellspacing=\"0\" cellpadding=\"2\">")
                           .arg(esc(Report::tr("Class report")));
    for (const auto &[label, value] : rows)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>&nbsp;&nbsp;%2</td></tr>")
                        .arg(esc(label), esc(value));
    return html + QStringLiteral("</table>");
}

QString chartHeadingHtml()
{
    return QStringLiteral("<h2>%1</h2><p>%2</p>")
            .arg(esc(Report::tr("Modules passed")),
                 esc(Report::tr("Share of the class's trainees who passed each module.")));
}

QVector<Bar> passBars(const ClassReport &report, const QLocale &locale)
{
    QVector<Bar> bars;
    const int total = report.trainees.size();
    for (int m = 0; m < report.moduleTitles.size(); ++m) {
        int passed = 0;
        for (const ReportTraineeRow &row : report.trainees)
            passed += m < row.cells.size() && row.cells[m].passed ? 1 : 0;
        const double share = total > 0 ? double(passed) / total : 0;
        //: Next to a bar: %1 trainees passed out of %2, %3 is the percentage
        bars.append({report.moduleTitles[m], share,
                     Report::tr("%1 of %2 (%3)").arg(locale.toString(passed), locale.toString(total),
                                                     formatPercent(share * 100, report.language))});
    }
    return bars;
}

QString traineesHtml(const ClassReport &report, const QSet<int> &breaks)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(Report::tr("Results by trainee")));
    if (report.trainees.isEmpty() || report.moduleTitles.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(Report::tr("No results yet.")));
    const double nameWidth = report.moduleTitles.size() > 3 ? 18 : 28;
    const double moduleWidth = (100 - nameWidth) / report.moduleTitles.size();
    QString header = headerCell(Report::tr("Trainee"), nameWidth);
    for (const QString &title : report.moduleTitles)
        header += headerCell(title, moduleWidth);
    html += tableStart(header, false);
    for (int i = 0; i < report.trainees.size(); ++i) {
        const ReportTraineeRow &row = report.trainees[i];
        html += rowStart(i, breaks, header) + QStringLiteral("<td><b>%1</b>").arg(esc(row.name));
        if (!row.groupCode.isEmpty())
            html += QStringLiteral("<br/><span style=\"font-size:7pt; color:#505050\">%1</span>")
                            .arg(esc(row.groupCode));
        html += QStringLiteral("</td>");
        for (int m = 0; m < report.moduleTitles.size(); ++m)
            html += QStringLiteral("<td>%1</td>")
                            .arg(cellHtml(m < row.cells.size() ? row.cells[m] : ReportCell(), report.language));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table><p style=\"font-size:7pt\">%1</p>")
                          .arg(esc(Report::tr("Grade recorded for the module; ✓ passed, ✗ not "
                                              "passed; – nothing recorded.")));
}

QString itemsHtml(const ClassReport &report, const QLocale &locale, const QSet<int> &breaks,
                  bool newPage)
{
    QString html = QStringLiteral("<h2%1>%2</h2>")
                           .arg(newPage ? QStringLiteral(" style=\"page-break-before:always\"") : QString(),
                                esc(Report::tr("Item analysis")));
    if (report.items.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(Report::tr("No quiz answers yet.")));
    // Wide enough for "Respondents" and "Discrimination" unbroken on a portrait page.
    const QString header = headerCell(Report::tr("Module"), 13) + headerCell(Report::tr("Question"), 32)
            //: Column: trainees who answered the question
            + headerCell(Report::tr("Respondents"), 12)
            //: Column: share of respondents who got the question right
            + headerCell(Report::tr("Right"), 8)
            + headerCell(Report::tr("Most chosen wrong answer"), 21)
            + headerCell(Report::tr("Discrimination"), 14);
    html += tableStart(header, false);
    for (int i = 0; i < report.items.size(); ++i) {
        const ReportItemRow &item = report.items[i];
        const QString wrong = item.mostChosenWrongText.isEmpty() || item.mostChosenWrongCount <= 0
                ? dash
                : QStringLiteral("%1 (%2)").arg(item.mostChosenWrongText,
                                                locale.toString(item.mostChosenWrongCount));
        const QString index = item.discrimination
                ? locale.toString(*item.discrimination, 'f', 2) : dash;
        html += rowStart(i, breaks, header)
                + QStringLiteral("<td>%1</td><td>%2</td><td align=\"right\">%3</td>"
                               "<td align=\"right\">%4</td><td>%5</td><td align=\"right\">%6</td></tr>")
                        .arg(esc(item.moduleTitle), esc(item.questionText),
                             esc(locale.toString(item.respondents)),
                             esc(formatPercent(item.shareRight * 100, report.language)), esc(wrong), esc(index));
    }
    return html + QStringLiteral("</table><p style=\"font-size:7pt\">%1</p>")
                          .arg(esc(Report::tr("Discrimination: share right among the best 27% of "
                                              "respondents by quiz score minus share right among "
                                              "the weakest 27%; – with fewer than 4 respondents.")));
}

// The top and bottom edges of row `row`'s content, in document coordinates.
QPair<double, double> rowExtent(const QTextTable &table, int row)
{
    QTextDocument *doc = table.document();
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    double top = std::numeric_limits<double>::max(), bottom = 0;
    for (int c = 0; c < table.columns(); ++c) {
        const QTextTableCell cell = table.cellAt(row, c);
        top = std::min(top, layout->blockBoundingRect(doc->findBlock(cell.firstPosition())).top());
        bottom = std::max(bottom, layout->blockBoundingRect(doc->findBlock(cell.lastPosition())).bottom());
    }
    return {top, bottom};
}

// QTextDocument breaks a table row across pages line by line, which would leave a trainee's
// name on one page and their results on the next. Finds the first row (after the first of its
// table) that the layout splits so, and adds a break before it to `breaks`; false when there
// is none. Tables with a header row are the trainee tables, then the item tables.
bool breakBeforeSplitRow(QTextDocument &doc, double pageHeight, int traineeRows,
                         TableBreaks *breaks)
{
    int dataRow = 0; // over all trainee tables, then all item tables
    const auto frames = doc.rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        const int header = table ? table->format().headerRowCount() : 0;
        if (header == 0)
            continue;
        for (int row = header; row < table->rows(); ++row, ++dataRow) {
            const auto [top, bottom] = rowExtent(*table, row);
            // A row taller than half a page is left to split.
            if (row == header || int(top / pageHeight) == int(bottom / pageHeight)
                || bottom - top > pageHeight / 2)
                continue;
            QSet<int> &rows = dataRow < traineeRows ? breaks->trainees : breaks->items;
            const int index = dataRow < traineeRows ? dataRow : dataRow - traineeRows;
            if (rows.contains(index)) // the break did not help: leave it split
                return false;
            rows.insert(index);
            return true;
        }
    }
    return false;
}

// The whole report as a paginated document laid out for `writer`.
std::unique_ptr<QTextDocument> buildDocument(const ClassReport &report, const QLocale &locale,
                                             const TableBreaks &breaks, BarChartObject &chart,
                                             QPdfWriter &writer, double pageHeight)
{
    auto doc = std::make_unique<ReportDocument>();
    doc->documentLayout()->setPaintDevice(&writer); // fonts and pixel lengths at the PDF's dpi
    doc->setDocumentMargin(0);
    doc->setDefaultFont(QFont(sansFamily(), 9));
    // Never split a word ("ph út"): QTextDocument otherwise breaks anywhere when a word is
    // wider than its table column.
    QTextOption wrap = doc->defaultTextOption();
    wrap.setWrapMode(QTextOption::WordWrap);
    doc->setDefaultTextOption(wrap);
    doc->setPageSize(QSizeF(writer.width(), pageHeight));
    QTextCursor cursor(doc.get());
    const bool results = !report.trainees.isEmpty() && !report.moduleTitles.isEmpty();
    cursor.insertHtml(titleHtml(report, locale) + (results ? chartHeadingHtml() : QString()));
    if (results) {
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        chart.insertInto(cursor);
    }
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    // The item analysis starts on a page of its own after a trainee table.
    cursor.insertHtml(traineesHtml(report, breaks.trainees)
                      + itemsHtml(report, locale, breaks.items, results));
    return doc;
}

bool paintReport(const ClassReport &report, QPdfWriter &writer, QPainter &painter)
{
    const QLocale locale = displayLocale(report.language);
    const QString family = sansFamily();
    const double width = writer.width();
    const double footerHeight = mmToPx(8);
    const double pageHeight = writer.height() - footerHeight;

    BarChartObject chart(passBars(report, locale), family);
    const int traineeRows = report.moduleTitles.isEmpty() ? 0 : int(report.trainees.size());
    TableBreaks breaks;
    std::unique_ptr<QTextDocument> doc;
    // One more break per pass, each further down, so this ends; the cap is a safety net.
    for (int pass = 0; pass < 1000; ++pass) {
        doc = buildDocument(report, locale, breaks, chart, writer, pageHeight);
        if (!breakBeforeSplitRow(*doc, pageHeight, traineeRows, &breaks))
            break;
    }

    QFont footerFont(family);
    footerFont.setPointSizeF(7.5);
    //: Page footer: %1 is the class name
    const QString footerLeft = Report::tr("Class report: %1").arg(report.className);
    const int pages = doc->pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage())
            return false;
        painter.save();
        painter.translate(0, -page * pageHeight);
        doc->drawContents(&painter, QRectF(0, page * pageHeight, width, pageHeight));
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(60, 60, 60));
        const QRectF footer(0, pageHeight, width, footerHeight);
        const QString pageText = Report::tr("Page %1 of %2").arg(locale.toString(page + 1),
                                                                 locale.toString(pages));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, pageText);
        const double leftWidth = width - mmToPx(30);
        painter.drawText(QRectF(0, pageHeight, leftWidth, footerHeight), Qt::AlignLeft | Qt::AlignBottom,
                         painter.fontMetrics().elidedText(footerLeft, Qt::ElideRight, int(leftWidth)));
    }
    return true;
}

} // namespace

bool writeClassReportPdf(const ClassReport &report, const QString &path, CoreError *error)
{
    const auto orientation = report.moduleTitles.size() > 3 ? QPageLayout::Landscape
                                                            : QPageLayout::Portrait;
    return writePdf(path, orientation, Report::tr("Class report: %1").arg(report.className),
                    [&report](QPdfWriter &writer, QPainter &painter) {
                        return paintReport(report, writer, painter);
                    },
                    error);
}

} // namespace khien::report
