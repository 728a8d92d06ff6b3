// How GIFT import time grows with the bank: a generated bank of N questions and one of 2N,
// imported into a fresh pack, then the same banks in the other language (which merges into the
// questions already there). Linear import gives a ratio near 2; the old per-question search
// gave near 4. Figures, not assertions: run by hand (see README.md).
#include "benchdir.h"
#include "giftimport.h"

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
        const GiftImportReport report = importGift(file, QLatin1String(langs[l]), QStringLiteral("bank"), pack);
        times[l] = timer.elapsed();
        if (!report.error.isEmpty() || report.imported() != questions)
            qFatal("import failed: %s", qPrintable(report.error));
    }
    return {times[0], times[1]};
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
    }
};

QTEST_GUILESS_MAIN(BenchGift)
#include "bench_gift.moc"
