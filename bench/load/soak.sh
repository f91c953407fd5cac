#!/usr/bin/env bash
# Soak test: mixed searches at 64 connections for 10 minutes while a loop adds documents through the admin API,
# sampling the server's heap after a full GC and its thread count; loopback only, bounded in time.
#
#   bench/load/soak.sh                      10 minutes, 64 connections, port 4599
#   DURATION=180 bench/load/soak.sh         a shorter run
#
# Settings (environment): DURATION seconds (600), CONNECTIONS (64), PORT (4599), SAMPLE_EVERY seconds (30),
# ADD_EVERY seconds between two added documents (0.5), RESULTS_DIR (bench/results), INPUT pages to index (seeds).
# The server runs on 127.0.0.1 with its own temporary index (built from INPUT) and a random admin key, with the
# rate limit and the connection cap per address off (--rate-limit 0 --max-connections-per-address 0): wrk's 64
# connections and the adder are one client address and would otherwise get 429s. The heap is 512 MB unless
# SMARTCITY_SEARCH_JAVA_OPTS says otherwise (round 1 ran so; `serve` alone gets 2 GB from the launcher).
# Output: wrk's summary (requests, latency percentiles, socket errors, non-2xx), the number of documents added
# and refused, and a table of heap-after-GC and live threads over time, also written to RESULTS_DIR/soak-<time>.md.
set -euo pipefail

DURATION="${DURATION:-600}"
CONNECTIONS="${CONNECTIONS:-64}"
PORT="${PORT:-4599}"
SAMPLE_EVERY="${SAMPLE_EVERY:-30}"
ADD_EVERY="${ADD_EVERY:-0.5}"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
RESULTS_DIR="${RESULTS_DIR:-$ROOT/bench/results}"
INPUT="${INPUT:-$ROOT/seeds}"
HOST=127.0.0.1

die() { echo "soak: $*" >&2; exit 2; }
[[ "$DURATION" =~ ^[0-9]+$ ]] && (( DURATION >= 10 && DURATION <= 7200 )) || die "DURATION must be 10..7200 s"
[[ "$CONNECTIONS" =~ ^[0-9]+$ ]] && (( CONNECTIONS >= 2 )) || die "CONNECTIONS must be at least 2"
[[ "$PORT" =~ ^[0-9]+$ ]] && (( PORT >= 1024 && PORT <= 65535 )) || die "PORT must be 1024..65535"
command -v wrk >/dev/null || die "wrk not found; install it with: apt-get install -y wrk"
command -v curl >/dev/null || die "curl not found; install it with: apt-get install -y curl"

WORK="$(mktemp -d)"
SERVER_PID=""
ADDER_PID=""
SAMPLER_PID=""
cleanup() {
  for pid in "$ADDER_PID" "$SAMPLER_PID"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  if [ -n "$SERVER_PID" ]; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true   # graceful stop
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

KEY="soak-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
echo "soak: indexing $INPUT into a temporary index" >&2
"$ROOT/smartcity-search" index --input "$INPUT" --index "$WORK/index" --quiet > "$WORK/index.log"

echo "soak: starting the server on $HOST:$PORT" >&2
SMARTCITY_SEARCH_ADMIN_KEY="$KEY" SMARTCITY_SEARCH_JAVA_OPTS="${SMARTCITY_SEARCH_JAVA_OPTS:--Xmx512m}" \
  "$ROOT/smartcity-search" serve --host "$HOST" --port "$PORT" --index "$WORK/index" --rate-limit 0 \
  --max-connections-per-address 0 \
  > "$WORK/server.log" 2>&1 &
SERVER_PID=$!   # the launcher execs java, so this is the server JVM
for _ in $(seq 1 120); do
  curl -fs "http://$HOST:$PORT/health" >/dev/null 2>&1 && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; die "the server did not start"; }
  sleep 0.5
done
curl -fs "http://$HOST:$PORT/health" >/dev/null || die "the server did not answer /health within a minute"
JDK_BIN="$(dirname "$(readlink -f "/proc/$SERVER_PID/exe")")"   # jcmd of the server's own JDK

# heap in use right after a full GC (G1: young is empty, old holds what is live) and live threads
sample() {
  "$JDK_BIN/jcmd" "$SERVER_PID" GC.run >/dev/null
  local used
  used="$("$JDK_BIN/jstat" -gc "$SERVER_PID" | awk 'NR==2 { printf "%.1f", ($3+$4+$6+$8)/1024 }')"
  echo "$1 $used $(ls "/proc/$SERVER_PID/task" | wc -l)"
}

add_documents() {
  local i=0 ok=0 refused=0 code
  while true; do
    i=$((i + 1))
    code="$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://$HOST:$PORT/api/documents" \
      -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
      --data "{\"id\":\"soak-$i\",\"title\":\"Soak-Werkstatt $i\",\"text\":\"Datenplattform und Sensornetz, Teil $i.\",\"start\":\"2026-06-01\",\"city\":\"Kiel\",\"land\":\"Schleswig-Holstein\"}")" || code=000
      if [ "$code" = 201 ]; then ok=$((ok + 1)); else refused=$((refused + 1)); fi
    echo "$ok $refused" > "$WORK/added"
    sleep "$ADD_EVERY"
  done
}

sample_loop() {
  local t=0
  while true; do
    sleep "$SAMPLE_EVERY"
    t=$((t + SAMPLE_EVERY))
    sample "$t" >> "$WORK/samples"
  done
}

echo "0 0" > "$WORK/added"
sample 0 > "$WORK/samples"
add_documents & ADDER_PID=$!
sample_loop & SAMPLER_PID=$!

echo "soak: wrk -t2 -c$CONNECTIONS -d${DURATION}s with bench/load/queries.lua" >&2
WRK="$(cd "$SCRIPT_DIR" && wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s --latency -s queries.lua \
  "http://$HOST:$PORT")" || die "wrk failed"
kill "$ADDER_PID" "$SAMPLER_PID" 2>/dev/null || true
wait "$ADDER_PID" "$SAMPLER_PID" 2>/dev/null || true
ADDER_PID=""; SAMPLER_PID=""
sleep 10   # let the requests wrk left queued finish, so the last sample shows what stays after the load
sample "$((DURATION + 10))" >> "$WORK/samples"
read -r ADDED REFUSED < "$WORK/added"
SEARCHABLE="$(curl -s "http://$HOST:$PORT/api/search?q=Soak-Werkstatt&size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')"

mkdir -p "$RESULTS_DIR"
REPORT="$RESULTS_DIR/soak-$(date -u +%Y%m%dT%H%M%SZ).md"
{
  echo "soak: ${DURATION} s, $CONNECTIONS connections, $(nproc) cores, load average at the end $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo '```'
  grep -E 'Requests/sec|requests in|Socket errors|Non-2xx|Latency  |50%|90%|99%|^SUMMARY' <<< "$WRK"
  echo '```'
  echo
  echo "documents added through the admin API: $ADDED (refused or failed: $REFUSED); found by a search afterwards: $SEARCHABLE"
  echo
  echo "| seconds | heap after GC MB | live threads |"
  echo "|---:|---:|---:|"
  awk '{ printf "| %s | %s | %s |\n", $1, $2, $3 }' "$WORK/samples"
} | tee "$REPORT"
echo "soak: report in $REPORT" >&2
