// How import time grows with the bank: a generated GIFT bank of N questions and one of 2N,
// imported into a fresh pack, then the same banks in the other language (which merges into the
// questions already there); then Moodle XML banks of N and 2N questions. A quiz holds at most
// 500 questions, so past that the import reads, checks and reports the rest. Linear import
// gives a ratio near 2; the old per-question search gave near 4. Figures, not assertions: run
// by hand (see README.md).
#include "benchdir.h"
#include "contentlimits.h"
#include "giftimport.h"
#include "moodlexml.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

using namespace khien;

namespace {

// Short questions, the worst case for anything done once per question: about 95 bytes each.
QByteArray bank(int questions, const char *lang)
{
    QByteArray text;
    text.reserve(questions * 100);
    for (int i = 0; i < questions; ++i) {
        const QByteArray n = QByteArray::number(i);
        text += "::q" + n + "::(" + lang + ") Reply to SMS " + n + "?{\n=No#Right.\n~Yes#Wrong.\n~Maybe#Wrong.\n}\n\n";
    }
    return text;
}

// Milliseconds to import `questions` questions in Vietnamese, then in English, into a new pack.
QPair<qint64, qint64> importTimes(int questions)
{
    const auto dir = benchmarkDir();
    const QString pack = dir->filePath(QStringLiteral("pack"));
    qint64 times[2] = {0, 0};
    const char *langs[2] = {"vi", "en"};
    for (int l = 0; l < 2; ++l) {
        const QString file = dir->filePath(QStringLiteral("bank-%1.gift").arg(QLatin1String(langs[l])));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(bank(questions, langs[l])) < 0 || !f.flush())
            qFatal("cannot write the generated bank");
        f.close();
        QElapsedTimer timer;
        timer.start();
        const ImportReport report = importGift(file, QLatin1String(langs[l]), QStringLiteral("bank"), pack);
        times[l] = timer.elapsed();
        if (!report.error.isEmpty() || report.imported() != std::min(questions, limits::maxQuestionsPerQuiz))
            qFatal("import failed: %s", qPrintable(report.error));
    }
    return {times[0], times[1]};
}

// Moodle XML as Moodle writes it, HTML texts and all: about 900 bytes a question.
QByteArray moodleBank(int questions)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n";
    for (int i = 0; i < questions; ++i) {
        const QByteArray n = QByteArray::number(i);
        xml += "<question type=\"multichoice\"><name><text>q" + n + "</text></name>\n"
               "<questiontext format=\"html\"><text><![CDATA[<p>Reply to <b>SMS</b> " + n + "?</p>]]></text></questiontext>\n"
               "<generalfeedback format=\"html\"><text>Never reply.</text></generalfeedback><single>true</single>\n"
               "<answer fraction=\"100\" format=\"html\"><text>No</text><feedback format=\"html\"><text>Right.</text></feedback></answer>\n"
               "<answer fraction=\"0\" format=\"html\"><text>Yes</text><feedback format=\"html\"><text>Wrong.</text></feedback></answer>\n"
               "<answer fraction=\"0\" format=\"html\"><text>Maybe</text><feedback format=\"html\"><text>Wrong.</text></feedback></answer>\n"
               "</question>\n";
    }
    return xml + "</quiz>\n";
}

qint64 moodleImportTime(int questions)
{
    const auto dir = benchmarkDir();
    const QString file = dir->filePath(QStringLiteral("bank.xml"));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(moodleBank(questions)) < 0 || !f.flush())
        qFatal("cannot write the generated bank");
    f.close();
    QElapsedTimer timer;
    timer.start();
    const ImportReport report = importMoodleXml(file, QStringLiteral("en"), QStringLiteral("bank"), dir->filePath(QStringLiteral("pack")));
    const qint64 ms = timer.elapsed();
    if (!report.error.isEmpty() || report.imported() != std::min(questions, limits::maxQuestionsPerQuiz))
        qFatal("import failed: %s", qPrintable(report.error));
    return ms;
}

} // namespace

class BenchGift : public QObject
{
    Q_OBJECT

private slots:
    void growth()
    {
        // 25,000 questions is about 2.3 MB of GIFT; 50,000 about 4.7 MB (under the 5 MB limit).
        const int n = qEnvironmentVariableIntValue("KHIEN_BENCH_GIFT_QUESTIONS") > 0
                ? qEnvironmentVariableIntValue("KHIEN_BENCH_GIFT_QUESTIONS") : 25000;
        const auto [once1, other1] = importTimes(n);
        const auto [once2, other2] = importTimes(2 * n);
        qInfo("%d questions (%lld kB): new pack %lld ms, other language %lld ms", n,
              qint64(bank(n, "vi").size() / 1024), once1, other1);
        qInfo("%d questions (%lld kB): new pack %lld ms, other language %lld ms", 2 * n,
              qint64(bank(2 * n, "vi").size() / 1024), once2, other2);
        qInfo("ratio 2x/1x: new pack %.2f, other language %.2f (linear: about 2)",
              double(once2) / std::max<qint64>(once1, 1), double(other2) / std::max<qint64>(other1, 1));
        // 5,000 questions is about 4.4 MB of Moodle XML; 10,000 about 8.8 MB.
        const int m = n / 5;
        const qint64 xml1 = moodleImportTime(m);
        const qint64 xml2 = moodleImportTime(2 * m);
        qInfo("Moodle XML: %d questions (%lld kB) %lld ms, %d questions (%lld kB) %lld ms, ratio %.2f", m,
              qint64(moodleBank(m).size() / 1024), xml1, 2 * m, qint64(moodleBank(2 * m).size() / 1024), xml2,
              double(xml2) / std::max<qint64>(xml1, 1));
    }
};

QTEST_GUILESS_MAIN(BenchGift)
#include "bench_gift.moc"
