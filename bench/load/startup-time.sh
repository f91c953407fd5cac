#!/usr/bin/env bash
# Seconds from starting `./smartcity-search serve` on a fresh (empty) index folder to the first 200 answer of
# /api/search?q=Kiel: launcher, JVM start, indexing the seed pages, opening the index, the first query. Also the CPU
# seconds the process had used by then (the launcher's child processes included), a figure that drifts less than the
# wall time when other work shares the cores, and whether serve's class archive (search-server/target/serve-classes.jsa,
# written by the first serve after a build when it stops) was there at the start.
#
#   bench/load/startup-time.sh [runs]      default 3 runs; port 4568 (PORT=...)
# The application must be built (./smartcity-search builds it on its first run; that build is not timed: a warm-up
# run `./smartcity-search --help` is made first).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS="${1:-3}"
PORT="${PORT:-4568}"
cd "$ROOT"
./smartcity-search --help > /dev/null
for run in $(seq 1 "$RUNS"); do
  INDEX="$(mktemp -d)/index"
  archive=absent; [ -f search-server/target/serve-classes.jsa ] && archive=present
  start=$(date +%s.%N)
  ./smartcity-search serve --index "$INDEX" --host 127.0.0.1 --port "$PORT" > "$INDEX.log" 2>&1 &
  server=$!
  code=000
  while [ "$code" != 200 ]; do
    kill -0 $server 2>/dev/null || { echo "serve ended early; see $INDEX.log" >&2; exit 1; }
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/search?q=Kiel" || true)
    [ "$code" = 200 ] || sleep 0.05
  done
  end=$(date +%s.%N)
  # utime, stime, and those of waited-for children (the launcher exec's into the JVM, so its children count)
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14+$15+$16+$17)/hz}' "/proc/$server/stat")
  kill $server; wait $server 2>/dev/null || true
  printf 'run %d: first answer after %s s, cpu %s s, class archive %s (%s)\n' "$run" \
    "$(echo "scale=2; ($end - $start) / 1" | bc)" "$cpu" "$archive" "$(grep -m1 'indexed' "$INDEX.log" | cut -c1-120)"
  rm -rf "$(dirname "$INDEX")"
done
echo "load: $(uptime | sed 's/.*load average: //'), $(nproc) cores"
