// The headless command line: --version, --help and the check-content subcommand.
// It runs on QCoreApplication and never touches a display.
#pragma once

namespace khien::cli {

// True when `argv` asks for something the CLI answers (so no GUI must start).
[[nodiscard]] bool wantsCli(int argc, char **argv);
// Runs the command line and returns the process exit code.
[[nodiscard]] int run(int argc, char **argv);

} // namespace khien::cli
