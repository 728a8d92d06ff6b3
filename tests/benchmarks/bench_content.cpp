// How long parsing all shipped content takes (budget: 20 ms), with and without reading
// every lesson body, and opening one lesson body (what the app does lazily).
#include "contentloader.h"
#include "datapaths.h"
#include "lessonbody.h"

#include <QtTest>

using namespace khien;

class BenchContent : public QObject
{
    Q_OBJECT

private slots:
    void parseShippedPack()
    {
        QBENCHMARK {
            const PackLoadResult r = loadPack(shippedPackPath());
            QVERIFY(r.isClean());
        }
    }

    void parseShippedPackWithBodies()
    {
        QBENCHMARK {
            const PackLoadResult r = loadPack(shippedPackPath(), true);
            QVERIFY(r.isClean());
        }
    }

    void openOneLesson()
    {
        const PackLoadResult r = loadPack(shippedPackPath());
        const Lesson &lesson = r.course->modules.first().lessons.first();
        QBENCHMARK {
            const LessonBody body = readLessonBody(lesson, QStringLiteral("vi"));
            QVERIFY(!body.markdown.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(BenchContent)
#include "bench_content.moc"
