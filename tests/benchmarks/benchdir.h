// Where a benchmark keeps its database: a temporary folder, under $KHIEN_BENCH_DIR when set
// (to measure a particular disk; /dev/shm takes the disk out of the figure).
#pragma once

#include <QTemporaryDir>
#include <memory>

inline std::unique_ptr<QTemporaryDir> benchmarkDir()
{
    const QString base = qEnvironmentVariable("KHIEN_BENCH_DIR");
    return base.isEmpty() ? std::make_unique<QTemporaryDir>()
                          : std::make_unique<QTemporaryDir>(base + QStringLiteral("/bench-XXXXXX"));
}
