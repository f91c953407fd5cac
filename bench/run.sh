#!/usr/bin/env bash
# One command per benchmark; run from anywhere, results land in bench/results/.
#
#   bench/run.sh build                      compile the application and the benchmarks (bench/target/lib)
#   bench/run.sh index <size>               time the whole pipeline: ./smartcity-search index on /tmp/corpus-<size>.jsonl
#                                           into data/bench-index-<size> (size: 10k, 100k, 1m; see bench/CORPUS.md)
#   bench/run.sh baseline-index <size>      data/bench-baseline-<size>: the same documents with stock GermanAnalyzer
#   bench/run.sh query <size>               JMH QueryBenchmark (product vs baseline), JSON in bench/results/
#   bench/run.sh mix <size> [rounds]        per-query totals and median thread CPU time of the query mix, both sides
#   bench/run.sh suggest <size>             JMH SuggestBenchmark
#   bench/run.sh analysis                   JMH AnalysisBenchmark (analysis chain vs stock GermanAnalyzer)
#   bench/run.sh enrich                     JMH EnrichmentScalingBenchmark (one-line pages of 100k/200k/400k characters)
#   bench/run.sh http <size|seeds>          serve data/bench-index-<size> (or the seed pages) with -Xmx512m, wrk at 1/8/32/128 connections,
#                                           answer cache off (CACHED_ANSWERS=256 turns it on),
#                                           GC log beside the wrk tables; APP_BUILD=<folder with classes/ and lib/>
#                                           serves that saved build instead (before/after runs, alternating);
#                                           SERVER_JAVA_OPTS adds JVM options to the server (e.g. a JFR recording)
#   bench/run.sh startup                    seconds from start to the first answer on the seeds (fresh index)
#   bench/run.sh relevance [quick]          relevance suite, product vs stock Lucene on collections from ../shared/data
#                                           (full; quick = the collections mvn verify pins); builds first, so the
#                                           current code is measured; report in bench/results/relevance-<time>.*
#
# Extra JMH options can follow the size, e.g.: bench/run.sh query 100k -wi 2 -i 3
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
RESULTS="$ROOT/bench/results"
mkdir -p "$RESULTS"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"

java_bin() {
  for j in "${JAVA_HOME:-}/bin/java" /usr/lib/jvm/temurin-25-jdk-amd64/bin/java /usr/lib/jvm/*/bin/java; do
    if [ -x "$j" ] && "$j" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then echo "$j"; return; fi
  done
  echo "bench/run.sh: no JDK 21+ found (set JAVA_HOME)" >&2; exit 1
}
JAVA="$(java_bin)"
LUCENE_OPTS=(--enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector)
CP="bench/target/classes:bench/target/lib/*"

need_build() { [ -d bench/target/lib ] || build; }
build() { mvn -B -q --no-transfer-progress -pl bench -am package -DskipTests; touch search-server/target/.build-stamp; }
size_arg() { [[ "${1:-}" =~ ^[0-9]+[km]$ ]] || { echo "bench/run.sh: give a corpus size such as 100k or 1m" >&2; exit 2; }; }
machine() { echo "# $(date -u '+%F %T UTC'), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, load: $(uptime | sed 's/.*load average: //')"; }

jmh() { # jmh <Benchmark> <size or -> [jmh options]
  local bench="$1" size="$2"; shift 2
  need_build
  local out="$RESULTS/${bench,,}-${size}-$STAMP"
  local params=(); [ "$size" != "-" ] && params=(-p "size=$size")
  machine | tee "$out.txt"
  "$JAVA" -cp "$CP" org.openjdk.jmh.Main "$bench" "${params[@]}" -rf json -rff "$out.json" "$@" | tee -a "$out.txt"
  machine | tee -a "$out.txt"
}

cmd="${1:-}"; shift || true
case "$cmd" in
  build) build ;;
  index)
    size_arg "${1:-}"; need_build
    rm -rf "data/bench-index-$1"
    machine | tee "$RESULTS/index-$1-$STAMP.txt"
    /usr/bin/time -v ./smartcity-search index --input "/tmp/corpus-$1.jsonl" --index "data/bench-index-$1" --quiet \
      2>&1 | grep -E 'added|Elapsed|User time|System time|Percent of CPU|Maximum resident' | tee -a "$RESULTS/index-$1-$STAMP.txt"
    du -sb "data/bench-index-$1" | tee -a "$RESULTS/index-$1-$STAMP.txt"
    machine | tee -a "$RESULTS/index-$1-$STAMP.txt" ;;
  baseline-index)
    size_arg "${1:-}"; need_build
    "$JAVA" -Xmx2g "${LUCENE_OPTS[@]}" -cp "$CP" de.smartcitysearch.bench.query.BaselineIndexBuilder \
      "data/bench-index-$1" "data/bench-baseline-$1" ;;
  query) size_arg "${1:-}"; s="$1"; shift; jmh QueryBenchmark "$s" "$@" ;;
  suggest) size_arg "${1:-}"; s="$1"; shift; jmh SuggestBenchmark "$s" "$@" ;;
  analysis) jmh AnalysisBenchmark - "$@" ;;
  enrich) jmh EnrichmentScalingBenchmark - "$@" ;;
  mix)
    size_arg "${1:-}"; need_build
    "$JAVA" -Xmx2g "${LUCENE_OPTS[@]}" -cp "$CP" de.smartcitysearch.bench.query.QueryMixReport "$1" "${2:-15}" ;;
  http)
    [ "${1:-}" = seeds ] || size_arg "${1:-}"
    PORT="${PORT:-4567}"
    GC_LOG="$RESULTS/http-$1-$STAMP-gc.log"
    # seeds: the default corpus, indexed afresh as `serve` does it; otherwise --input names no folder, so serve
    # uses the benchmark index as it is instead of adding the seed pages to it.
    # --rate-limit 0 --max-connections-per-address 0: wrk is one client with up to 128 connections, and the defaults
    # per client (20 requests/s, 64 connections) would measure the limits.
    # --cached-answers 0 unless CACHED_ANSWERS says otherwise: the wrk mix repeats 31 queries, so with the answer
    # cache on, the test would measure the cache, not the search
    if [ "$1" = seeds ]; then rm -rf data/bench-index-seeds; INPUT=(); else INPUT=(--input "$ROOT/data/no-input"); fi
    # --max-connections-per-address 0: wrk is one address; a saved build from before that limit lacks the option
    PER_ADDRESS=(--max-connections-per-address 0)
    if [ -n "${APP_BUILD:-}" ]; then
      # shellcheck disable=SC2206 # SERVER_JAVA_OPTS: extra JVM options, split on spaces (e.g. a JFR recording)
      SERVE=("$JAVA" -Xmx512m "-Xlog:gc:file=$GC_LOG" ${SERVER_JAVA_OPTS:-} "${LUCENE_OPTS[@]}" -cp "$APP_BUILD/classes:$APP_BUILD/lib/*"
        de.smartcitysearch.cli.SmartCitySearchCli)
      grep -rqa -- max-connections-per-address "$APP_BUILD/classes" || PER_ADDRESS=()
    else
      SERVE=(env SMARTCITY_SEARCH_JAVA_OPTS="-Xmx512m -Xlog:gc:file=$GC_LOG ${SERVER_JAVA_OPTS:-}" ./smartcity-search)
    fi
    echo "# build: ${APP_BUILD:-this worktree}" > "$RESULTS/http-$1-$STAMP.build"
    SMARTCITY_SEARCH_HOME="$ROOT" "${SERVE[@]}" serve --index "data/bench-index-$1" \
      "${INPUT[@]}" --host 127.0.0.1 --port "$PORT" --rate-limit 0 "${PER_ADDRESS[@]}" \
      --cached-answers "${CACHED_ANSWERS:-0}" \
      > >(grep --line-buffered -v '] INFO access - ' > "$RESULTS/http-$1-$STAMP-server.log") 2>&1 &
    # (the server log keeps everything but the access log: one line per request made it 75 MB)
    SERVER=$!
    trap 'kill $SERVER 2>/dev/null || true' EXIT
    for _ in $(seq 1 120); do
      curl -fs "http://127.0.0.1:$PORT/api/search?q=Kiel" > /dev/null && break
      kill -0 $SERVER 2>/dev/null || { echo "server ended; see $RESULTS/http-$1-$STAMP-server.log" >&2; exit 1; }
      sleep 1
    done
    machine | tee "$RESULTS/http-$1-$STAMP.txt"
    cat "$RESULTS/http-$1-$STAMP.build" >> "$RESULTS/http-$1-$STAMP.txt"; rm -f "$RESULTS/http-$1-$STAMP.build"
    echo "# serve --cached-answers ${CACHED_ANSWERS:-0}" | tee -a "$RESULTS/http-$1-$STAMP.txt"
    SERVER_PID="$SERVER" RESULTS_DIR="$RESULTS" DURATION="${DURATION:-20}" bench/load/wrk-search.sh "127.0.0.1:$PORT" | tee -a "$RESULTS/http-$1-$STAMP.txt"
    machine | tee -a "$RESULTS/http-$1-$STAMP.txt"
    echo "server RSS: $(ps -o rss= -p $SERVER) kB" | tee -a "$RESULTS/http-$1-$STAMP.txt"
    kill $SERVER; wait $SERVER 2>/dev/null || true
    grep -c 'Pause' "$GC_LOG" | sed 's/^/GC pauses: /' | tee -a "$RESULTS/http-$1-$STAMP.txt"
    grep -i 'OutOfMemory' "$RESULTS/http-$1-$STAMP-server.log" && echo "OUT OF MEMORY" || echo "no OutOfMemoryError" ;;
  startup) bench/load/startup-time.sh | tee "$RESULTS/startup-$STAMP.txt" ;;
  relevance)
    build # always: a stale build would measure the ranking before the change under study
    machine
    "$JAVA" -Xmx2g "${LUCENE_OPTS[@]}" -cp "$CP" de.smartcitysearch.bench.relevance.RelevanceRun "${1:-full}" \
      --shared "$ROOT/../shared" --out "$RESULTS" --work "$ROOT/data/relevance"
    machine ;;
  *) sed -n '2,21p' "$0"; exit 2 ;;
esac
