// `khien live-host`: hosts a live session headless (browser test, SIGKILL test, benchmark,
// or a room without the GUI). Prints {"url","code","port"} as one JSON line when listening,
// then takes `next`, `reveal`, `stop` on stdin; SIGTERM and end of input stop it too.
#pragma once

#include <QStringList>

namespace khien::cli {

// `live-host --db PATH --class NAME --module ID [--quiz ID] [--mode paced|self]
// [--listen ADDR] [--port N] [--max N] [--resume]`; returns the exit code.
[[nodiscard]] int runLiveHost(const QStringList &args);

} // namespace khien::cli
