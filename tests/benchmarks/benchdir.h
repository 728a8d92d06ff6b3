// Where a benchmark keeps its database: a temporary folder, under $KHIEN_BENCH_DIR when set
// (to measure a particular disk; /dev/shm takes the disk out of the figure). With
// $KHIEN_TEST_PG_URL set, benchmarkStore() gives a schema of its own in that PostgreSQL
// database instead.
#pragma once

#include <QCoreApplication>
#include <QTemporaryDir>
#include <memory>

// With $KHIEN_BENCH_KEEP set, the folder stays (to open its database in the app afterwards).
inline std::unique_ptr<QTemporaryDir> benchmarkDir()
{
    const QString base = qEnvironmentVariable("KHIEN_BENCH_DIR");
    auto dir = base.isEmpty() ? std::make_unique<QTemporaryDir>()
                              : std::make_unique<QTemporaryDir>(base + QStringLiteral("/bench-XXXXXX"));
    dir->setAutoRemove(qEnvironmentVariableIsEmpty("KHIEN_BENCH_KEEP"));
    return dir;
}

// The PostgreSQL address benchmarks measure (a fresh schema), or empty for SQLite.
inline QString benchmarkPostgres()
{
    const QString url = qEnvironmentVariable("KHIEN_TEST_PG_URL");
    if (url.isEmpty())
        return {};
    return url + (url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
            + QStringLiteral("schema=bench_%1").arg(QCoreApplication::applicationPid());
}
