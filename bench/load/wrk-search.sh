#!/usr/bin/env bash
# HTTP load test of the search API with wrk (Debian package: apt-get install -y wrk).
#
#   bench/load/wrk-search.sh [host:port]            default 127.0.0.1:4567
#   DURATION=30 CONNECTIONS="1 8 32 128" RESULTS_DIR=bench/results bench/load/wrk-search.sh 127.0.0.1:4567
#   SERVER_PID=<pid> ...   adds the server's CPU time per request (from /proc: user + system), the figure that
#                          other jobs on a shared machine disturb least
# wrk itself runs on the same cores: its CPU time (user + system, /usr/bin/time) is given as a share of the
# machine's CPU over the run (100 % = every core busy), so a reader sees what the server did not get.
#
# Runs queries.lua (a mix of ~30 German visitor queries, some with a city filter) at each connection count
# with two wrk threads and --latency, keeps wrk's full output, and writes a Markdown summary table
# (requests per second, latency percentiles, errors) to stdout and to $RESULTS_DIR/wrk-search-<time>.md.
# Only loopback targets are accepted: this is a benchmark of our own server, never of someone else's.
set -euo pipefail

TARGET="${1:-127.0.0.1:4567}"
DURATION="${DURATION:-30}"
CONNECTIONS="${CONNECTIONS:-1 8 32 128}"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RESULTS_DIR="${RESULTS_DIR:-$SCRIPT_DIR/../results}"

die() { echo "wrk-search: $*" >&2; exit 2; }

if [[ "$TARGET" =~ ^\[([0-9a-fA-F:]+)\]:([0-9]+)$ ]]; then
  HOST="${BASH_REMATCH[1]}"; PORT="${BASH_REMATCH[2]}"; URL_HOST="[$HOST]"
elif [[ "$TARGET" =~ ^([A-Za-z0-9.-]+):([0-9]+)$ ]]; then
  HOST="${BASH_REMATCH[1]}"; PORT="${BASH_REMATCH[2]}"; URL_HOST="$HOST"
else
  die "expected host:port (e.g. 127.0.0.1:4567), got '$TARGET'"
fi
case "$HOST" in
  localhost|::1) ;;
  127.*)
    [[ "$HOST" =~ ^127\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$ ]] || die "not a loopback address: '$HOST'" ;;
  *) die "refusing non-loopback host '$HOST': load tests only run against 127.0.0.1, ::1 or localhost" ;;
esac
(( PORT >= 1 && PORT <= 65535 )) || die "port out of range: $PORT"
[[ "$DURATION" =~ ^[0-9]+$ ]] && (( DURATION >= 1 )) || die "DURATION must be whole seconds, got '$DURATION'"
command -v wrk >/dev/null || die "wrk not found; install it with: apt-get install -y wrk"

# user + system clock ticks of the server so far (fields 14 and 15 of /proc/<pid>/stat), empty without SERVER_PID
server_ticks() { [[ -n "${SERVER_PID:-}" && -r "/proc/$SERVER_PID/stat" ]] && awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat" || true; }

mkdir -p "$RESULTS_DIR"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RAW="$RESULTS_DIR/wrk-search-$STAMP.txt"
TABLE="$RESULTS_DIR/wrk-search-$STAMP.md"
: > "$RAW"

{
  echo "wrk against http://$URL_HOST:$PORT/api/search, ${DURATION} s per run, $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "| connections | requests | requests/s | p50 ms | p90 ms | p99 ms | max ms | socket errors | non-2xx/3xx | server CPU ms/request | wrk CPU share |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$TABLE"

for C in $CONNECTIONS; do
  [[ "$C" =~ ^[0-9]+$ ]] && (( C >= 1 )) || die "connection counts must be positive numbers, got '$C'"
  THREADS=$(( C < 2 ? C : 2 ))  # wrk needs at least one connection per thread
  echo "== wrk -t$THREADS -c$C -d${DURATION}s" >&2
  CPU0="$(server_ticks)"
  WRK_TIME="$(mktemp)"
  OUT="$(cd "$SCRIPT_DIR" && /usr/bin/time -f '%U %S %e' -o "$WRK_TIME" wrk -t"$THREADS" -c"$C" -d"${DURATION}s" --latency -s queries.lua "http://$URL_HOST:$PORT")" \
    || die "wrk failed at $C connections (is the server running on $URL_HOST:$PORT?)"
  CPU1="$(server_ticks)"
  printf '== %s connections\n%s\n\n' "$C" "$OUT" >> "$RAW"
  LINE="$(grep '^SUMMARY ' <<< "$OUT" || true)"
  [[ -n "$LINE" ]] || die "no SUMMARY line from queries.lua at $C connections; see $RAW"
  field() { sed -E "s/.* $1=([0-9.]+).*/\1/" <<< "$LINE"; }
  SOCKET=$(( $(field errors_connect) + $(field errors_read) + $(field errors_write) + $(field errors_timeout) ))
  CPU_MS="–"
  [[ -n "$CPU0" && -n "$CPU1" ]] && CPU_MS="$(awk -v a="$CPU0" -v b="$CPU1" -v n="$(field requests)" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { if (n > 0) printf "%.2f", (b - a) * 1000 / hz / n; else print "–" }')"
  WRK_SHARE="$(awk -v n="$(nproc)" '{ if ($3 > 0) printf "%.0f %%", ($1 + $2) * 100 / ($3 * n); else print "–" }' "$WRK_TIME")"
  rm -f "$WRK_TIME"
  echo "| $C | $(field requests) | $(field rps) | $(field p50_ms) | $(field p90_ms) | $(field p99_ms) | $(field max_ms) | $SOCKET | $(field non_2xx_3xx) | $CPU_MS | $WRK_SHARE |" >> "$TABLE"
done

cat "$TABLE"
echo >&2
echo "table: $TABLE, full wrk output: $RAW" >&2
