#!/usr/bin/env bash
# Start-up budget: time to first frame and peak memory of Khiên (sign-in screen, fresh
# database) against an empty Qt Quick Controls window, both quitting on their first frame.
# Usage: tests/benchmarks/startup.sh [BUILD_DIR] [RUNS]   (needs DISPLAY, e.g. Xvfb :99)
set -euo pipefail
build=${1:-build}
runs=${2:-15}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

measure() { # prints "median_seconds median_maxrss_kb"
    local out="$tmp/times"
    : > "$out"
    for _ in $(seq "$runs"); do
        rm -f "$tmp/db.sqlite"*
        KHIEN_DB="$tmp/db.sqlite" KHIEN_QUIT_AFTER_FIRST_FRAME=1 \
            /usr/bin/time -f "%e %M" -a -o "$out" "$@" >/dev/null 2>&1
    done
    sort -n "$out" | awk '{t[NR]=$1; m[NR]=$2} END {print t[int((NR+1)/2)], m[int((NR+1)/2)]}'
}

read -r base_t base_m < <(measure "$build/tests/benchmarks/bench_emptywindow")
read -r app_t app_m < <(measure "$build/khien")
echo "empty window: ${base_t}s, ${base_m} KB max RSS (median of $runs)"
echo "khien:        ${app_t}s, ${app_m} KB max RSS (median of $runs)"
awk -v a="$app_t" -v b="$base_t" -v am="$app_m" -v bm="$base_m" \
    'BEGIN {printf "ratio: time %.2fx (budget 1.25x), memory %.2fx (budget 1.2x)\n", a/b, am/bm}'
