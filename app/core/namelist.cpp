#include "namelist.h"

#include "glossaryreader.h"
#include "storesql.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace khien {

namespace {

struct NameListText
{
    Q_DECLARE_TR_FUNCTIONS(NameList)

public:
    static QString notUtf8() { return tr("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and try again."); }
    static QString tooBig() { return tr("The file is larger than 1 MB; a class list is much smaller."); }
    static QString tooMany(int max) { return tr("More than %1 names; only the first %1 were read.").arg(max); }
    //: %1 is a line number
    static QString tooLong(int line) { return tr("line %1: the name is longer than 100 characters").arg(line); }
    //: %1 is a line number
    static QString unclosedQuote(int line) { return tr("line %1: a quote is not closed").arg(line); }
};

// First cell of `line` with CSV quoting; false when a quote is left open.
bool firstCell(const QString &line, QChar separator, QString &cell)
{
    cell.clear();
    if (!line.startsWith(QLatin1Char('"'))) {
        const qsizetype end = line.indexOf(separator);
        cell = end < 0 ? line : line.left(end);
        return true;
    }
    for (qsizetype i = 1; i < line.size(); ++i) {
        if (line.at(i) != QLatin1Char('"')) {
            cell += line.at(i);
        } else if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
            cell += QLatin1Char('"');
            ++i;
        } else {
            return true;
        }
    }
    return false;
}

bool isHeader(const QString &cell)
{
    static const QStringList headers{
            QStringLiteral("name"),      QStringLiteral("names"),    QStringLiteral("full name"),
            QStringLiteral("trainee"),   QStringLiteral("ten"),      QStringLiteral("ho ten"),
            QStringLiteral("ho va ten"), QStringLiteral("hoc vien"), QStringLiteral("ten hoc vien")};
    return headers.contains(foldForSearch(cell).simplified());
}

} // namespace

NameList parseNameList(const QByteArray &bytes)
{
    NameList list;
    if (bytes.size() > maxNameListBytes) {
        list.error = NameListText::tooBig();
        return list;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        list.error = NameListText::notUtf8();
        return list;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QChar separator = QLatin1Char(',');
    for (const QChar candidate : {QLatin1Char('\t'), QLatin1Char(';')})
        if (lines.value(0).contains(candidate) && !lines.value(0).contains(QLatin1Char(',')))
            separator = candidate;
    for (int i = 0; i < lines.size(); ++i) {
        QString cell;
        if (!firstCell(lines.at(i), separator, cell)) {
            list.problems.append(NameListText::unclosedQuote(i + 1));
            continue;
        }
        const QString name = cleanName(cell);
        if (name.isEmpty() || (list.names.isEmpty() && isHeader(name)))
            continue;
        if (textLength(name) > maxNameLength) {
            list.problems.append(NameListText::tooLong(i + 1));
            continue;
        }
        if (list.names.size() == maxNameListRows) {
            list.problems.append(NameListText::tooMany(maxNameListRows));
            break;
        }
        list.names.append(name);
    }
    return list;
}

} // namespace khien
