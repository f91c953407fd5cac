#!/usr/bin/env bash
# Memory of a flate-bomb upload: starts `serve` as the launcher runs it (heap, parse budget), uploads a PDF whose one
# page inflates to INFLATE_MB of text operators, searches once a second meanwhile, and samples the resident memory of
# the server and of every child process it starts; loopback only, bounded in time.
#
#   bench/load/upload-bomb.sh                     1 GB inflated, port 4598
#   INFLATE_MB=256 bench/load/upload-bomb.sh
#   LAUNCHER=/path/to/other/smartcity-search bench/load/upload-bomb.sh    another build, e.g. the one before a change
#
# Settings (environment): INFLATE_MB (1024), PORT (4598), LAUNCHER ($ROOT/smartcity-search), WAIT seconds for the
# upload's answer (300), RESULTS_DIR (bench/results), SMARTCITY_SEARCH_JAVA_OPTS / SMARTCITY_SEARCH_HEAP as for serve.
# Needs python3 (to write the PDF), curl and the JDK's jcmd. Output: the upload's status and answer, its time, the
# searches answered meanwhile (status, slowest), peak resident memory (VmHWM) of the server and the largest of its
# children, heap used after a full GC before and after, also written to RESULTS_DIR/upload-bomb-<time>.md.
set -euo pipefail

INFLATE_MB="${INFLATE_MB:-1024}"
PORT="${PORT:-4598}"
WAIT="${WAIT:-300}"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
LAUNCHER="${LAUNCHER:-$ROOT/smartcity-search}"
RESULTS_DIR="${RESULTS_DIR:-$ROOT/bench/results}"
HOST=127.0.0.1

die() { echo "upload-bomb: $*" >&2; exit 2; }
[[ "$INFLATE_MB" =~ ^[0-9]+$ ]] && (( INFLATE_MB >= 1 && INFLATE_MB <= 4096 )) || die "INFLATE_MB must be 1..4096"
[[ "$PORT" =~ ^[0-9]+$ ]] && (( PORT >= 1024 && PORT <= 65535 )) || die "PORT must be 1024..65535"
command -v python3 >/dev/null || die "python3 not found"
command -v curl >/dev/null || die "curl not found"

WORK="$(mktemp -d)"
SERVER_PID=""
SEARCHER_PID=""
SAMPLER_PID=""
cleanup() {
  for pid in "$SEARCHER_PID" "$SAMPLER_PID"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  if [ -n "$SERVER_PID" ]; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

python3 - "$WORK/programm.pdf" "$INFLATE_MB" <<'PY'
import sys, zlib
out, megabytes = sys.argv[1], int(sys.argv[2])
z = zlib.compressobj(9)
parts = [z.compress(b"BT /F1 12 Tf 72 720 Td\n")]
chunk = b"(Datenplattform Kiel ) Tj\n" * 2000
written = 0
while written < megabytes << 20:
    parts.append(z.compress(chunk)); written += len(chunk)
parts.append(z.compress(b"ET\n")); parts.append(z.flush())
stream = b"".join(parts)
objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
           b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
           b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
           b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
pdf, offsets = bytearray(b"%PDF-1.4\n"), []
for i, body in enumerate(objects):
    offsets.append(len(pdf)); pdf += b"%d 0 obj\n" % (i + 1) + body + b"\nendobj\n"
xref = len(pdf)
pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
for o in offsets: pdf += b"%010d 00000 n \n" % o
pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
open(out, "wb").write(pdf)
print("upload-bomb: %s, %d bytes, inflates to %d MB" % (out, len(pdf), megabytes), file=sys.stderr)
PY
BOMB_BYTES="$(stat -c %s "$WORK/programm.pdf")"

KEY="bomb-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
SMARTCITY_SEARCH_ADMIN_KEY="$KEY" "$LAUNCHER" serve --host "$HOST" --port "$PORT" --index "$WORK/index" \
  --input "$ROOT/seeds" --rate-limit 0 > "$WORK/server.log" 2>&1 &
SERVER_PID=$!   # the launcher execs java
for _ in $(seq 1 120); do
  curl -fs "http://$HOST:$PORT/health" >/dev/null 2>&1 && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; die "the server did not start"; }
  sleep 0.5
done
curl -fs "http://$HOST:$PORT/health" >/dev/null || die "the server did not answer /health within a minute"
JDK_BIN="$(dirname "$(readlink -f "/proc/$SERVER_PID/exe")")"
sleep 5 # let a spare parser process finish starting, so its start-up is not counted as the upload's

heap_after_gc() { # MB in use after a full GC
  "$JDK_BIN/jcmd" "$SERVER_PID" GC.run >/dev/null
  "$JDK_BIN/jstat" -gc "$SERVER_PID" | awk 'NR==2 { printf "%.1f", ($3+$4+$6+$8)/1024 }'
}
kb() { awk -v k="$2" '$1 == k":" { print $2 }' "/proc/$1/status" 2>/dev/null || true; }

HEAP_BEFORE="$(heap_after_gc)"
# the peak resident memory of every child, sampled (a child's own VmHWM is gone with it)
sample_children() {
  while true; do
    for child in $(cat /proc/"$SERVER_PID"/task/*/children 2>/dev/null); do
      echo "$child $(kb "$child" VmRSS)" >> "$WORK/children"
    done
    sleep 0.2
  done
}
search_meanwhile() {
  while true; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "http://$HOST:$PORT/api/search?q=Kiel" >> "$WORK/searches" || true
    sleep 1
  done
}
: > "$WORK/children"; : > "$WORK/searches"
sample_children & SAMPLER_PID=$!
search_meanwhile & SEARCHER_PID=$!
START=$(date +%s.%N)
ANSWER="$(curl -s --max-time "$WAIT" -w '\n%{http_code}' -X POST \
  "http://$HOST:$PORT/api/documents?filename=programm.pdf" -H "Authorization: Bearer $KEY" \
  -H 'Content-Type: application/pdf' --data-binary @"$WORK/programm.pdf" || echo "no answer")"
END=$(date +%s.%N)
kill "$SEARCHER_PID" "$SAMPLER_PID" 2>/dev/null || true
wait "$SEARCHER_PID" "$SAMPLER_PID" 2>/dev/null || true
SEARCHER_PID=""; SAMPLER_PID=""
ALIVE=yes; kill -0 "$SERVER_PID" 2>/dev/null || ALIVE=no
SERVER_HWM="$(kb "$SERVER_PID" VmHWM)"
HEAP_AFTER="n/a"; [ "$ALIVE" = yes ] && HEAP_AFTER="$(heap_after_gc)"
CHILD_PEAK="$(awk '$2 > max { max = $2 } END { print max + 0 }' "$WORK/children")"
SEARCHES="$(wc -l < "$WORK/searches")"
SEARCH_OK="$(awk '$1 == 200' "$WORK/searches" | wc -l)"
SEARCH_SLOWEST="$(awk '$2 > max { max = $2 } END { printf "%.0f", max * 1000 }' "$WORK/searches")"

mkdir -p "$RESULTS_DIR"
REPORT="$RESULTS_DIR/upload-bomb-$(date -u +%Y%m%dT%H%M%SZ).md"
{
  echo "upload-bomb: $BOMB_BYTES-byte PDF inflating to $INFLATE_MB MB, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "launcher: $LAUNCHER; java options: ${SMARTCITY_SEARCH_JAVA_OPTS:-(launcher defaults)}"
  grep -E '^serve: heap' "$WORK/server.log" || echo "(the server printed no heap line)"
  echo
  echo "- answer: HTTP $(tail -n1 <<< "$ANSWER") after $(awk -v a="$START" -v b="$END" 'BEGIN { printf "%.1f", b - a }') s: $(head -n1 <<< "$ANSWER" | cut -c1-300)"
  echo "- server alive afterwards: $ALIVE"
  echo "- searches while the upload ran: $SEARCHES, answered 200: $SEARCH_OK, slowest $SEARCH_SLOWEST ms"
  echo "- server peak resident memory (VmHWM): $(( ${SERVER_HWM:-0} / 1024 )) MB"
  echo "- largest child process, peak resident memory sampled every 0.2 s: $(( CHILD_PEAK / 1024 )) MB"
  echo "- server heap after a full GC: $HEAP_BEFORE MB before, $HEAP_AFTER MB after"
  grep -iE 'OutOfMemory|exception' "$WORK/server.log" | head -n 5 | sed 's/^/- server log: /' || true
} | tee "$REPORT"
echo "upload-bomb: report in $REPORT" >&2
