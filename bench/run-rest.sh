#!/usr/bin/env bash
# REST benchmark: GET /api/posts?filter=…&sort=-createdAt&limit=20&fields=*,author.name on
# PostgreSQL (100,000 posts, 1,000 authors), the generated backend (bench/rest, run by the
# runtime's Main) next to a hand-written Helidon + JDBC endpoint (HandWrittenServer), in the same
# run: each server its own JVM with the same flags, one under load at a time, rounds alternating.
#
#   bench/run-rest.sh               build, fresh database, warm-up (2 x 20 s each), 3 rounds of 20 s
#   bench/run-rest.sh --extras      also the hand-written endpoint with LIMIT bound as a parameter,
#                                   and the generated one with its access log on (the default)
#   bench/run-rest.sh --graphql     also the same query over GraphQL (POST /graphql; the author's name as a
#                                   nested selection): served by the runtime's own GraphQL service, and by
#                                   Helidon's GraphQlService over the same executable schema
#   bench/run-rest.sh --profile     then one more run of each of the two under JFR's CPU-time sampler
#                                   (JDK 25+), and where their CPU goes per request (jfr-buckets.py)
#   bench/run-rest.sh --no-build    skip the Maven builds (use what bench/rest/target holds)
#
# Environment: JAVA_HOME (a JDK 21+; $JAVA_HOME/bin/java is used when set), MAVEN_ARGS (e.g. -o),
# PGHOST/PGPORT/PGUSER (127.0.0.1, 5432, postgres; trust authentication), ROUNDS (3),
# DURATION (20, seconds per round), WARMUP (20) and WARMUP_PASSES (2), CONNECTIONS (32), THREADS (2, wrk's),
# JVM_FLAGS (-Xmx512m), POSTS (100000), USERS (1000). Needs wrk, psql, curl and python3.
# Drops and recreates the database enfyra_bench.
set -euo pipefail
cd "$(dirname "$0")/.."

EXTRAS=false
GRAPHQL=false
BUILD=true
PROFILE=false
for arg in "$@"; do
  case "$arg" in
    --extras) EXTRAS=true ;;
    --graphql) GRAPHQL=true ;;
    --no-build) BUILD=false ;;
    --profile) PROFILE=true ;;
    *) echo "usage: $0 [--extras] [--graphql] [--profile] [--no-build]" >&2; exit 2 ;;
  esac
done

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=enfyra_bench
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-20}
WARMUP_PASSES=${WARMUP_PASSES:-2}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
JVM_FLAGS=${JVM_FLAGS:--Xmx512m}
POSTS=${POSTS:-100000}
USERS=${USERS:-1000}
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
FILTER='{"status":{"_eq":"published"},"views":{"_gt":100}}'
GRAPHQL_QUERY='query($filter: JSON) { posts(filter: $filter, sort: ["-createdAt"], limit: 20) { data { id title excerpt status views createdAt updatedAt author { name } } } }'
QUERY="filter=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$FILTER")&sort=-createdAt&limit=20&fields=*,author.name"
WORK=bench/rest/target/run
CLK_TCK=$(getconf CLK_TCK)

for tool in wrk psql curl python3; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (wrk: apt-get install -y wrk)" >&2; exit 1; }
done
JAVA_MAJOR=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "${JAVA_MAJOR:-0}" -lt 21 ]; then
  echo "$JAVA is Java ${JAVA_MAJOR:-?}; set JAVA_HOME to a JDK 21+" >&2
  exit 1
fi

if $BUILD; then
  echo "building the toolkit (enfyra-maven-plugin, enfyra-runtime) and bench/rest ..."
  ./mvnw -q -B install -Dmaven.test.skip=true -Dinvoker.skip=true -pl enfyra-maven-plugin,enfyra-runtime -am
  ./mvnw -q -B -f bench/rest/pom.xml package -DskipTests
fi
CP="bench/rest/target/classes:$(ls bench/rest/target/lib/*.jar | tr '\n' ':')"
rm -rf "$WORK"
mkdir -p "$WORK"

# --- servers -----------------------------------------------------------------------------------
NAMES=()   # display names
KINDS=()   # what each is asked: rest (GET /api/posts?…) or graphql (POST /graphql)
PIDS=()
PORTS=()
stop_all() {
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
}
trap stop_all EXIT

# start KIND NAME LOG PATTERN ENV... -- MAIN: starts a JVM, waits for PATTERN (its port) in LOG.
start() {
  local kind=$1 name=$2 log=$WORK/$3 pattern=$4
  shift 4
  local env=()
  while [ "$1" != "--" ]; do env+=("$1"); shift; done
  shift
  env "${env[@]}" "$JAVA" $JVM_FLAGS -cp "$CP" "$@" >"$log" 2>&1 &
  local pid=$! port=""
  for _ in $(seq 1 600); do
    port=$(grep -o "$pattern" "$log" 2>/dev/null | grep -o '[0-9]*$' | head -1 || true)
    [ -n "$port" ] && break
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; echo "$name did not start" >&2; exit 1; }
    sleep 0.1
  done
  [ -n "$port" ] || { echo "$name: no port after 60 s (see $log)" >&2; exit 1; }
  NAMES+=("$name"); KINDS+=("$kind"); PIDS+=("$pid"); PORTS+=("$port")
}

GEN_ENV=(ENFYRA_DB_URL="$JDBC_URL" ENFYRA_DB_USER="$PGUSER" ENFYRA_HOST=127.0.0.1 ENFYRA_PORT=0)
GEN_READY='Enfyra backend on http://[^/]*'
HW_ENV=(BENCH_DB_URL="$JDBC_URL" BENCH_DB_USER="$PGUSER" BENCH_PORT=0)

# --- database: fresh, tables created by the generated backend's first start, then the data ------
echo "database $DB on $PGHOST:$PGPORT: recreating ..."
psql -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
start rest "generated (Enfyra)" generated.log "$GEN_READY" "${GEN_ENV[@]}" ENFYRA_ACCESS_LOG=false -- dev.enfyra.runtime.app.Main
T0=$(date +%s%N)
psql -q -v ON_ERROR_STOP=1 -d "$DB" -v users="$USERS" -v posts="$POSTS" -f bench/rest/load.sql >/dev/null
printf 'loaded %d users and %d posts in %d ms; indexes on posts: %s\n' "$USERS" "$POSTS" \
  $(( ($(date +%s%N) - T0) / 1000000 )) \
  "$(psql -Atd "$DB" -c "SELECT string_agg(indexname, ', ' ORDER BY indexname) FROM pg_indexes WHERE tablename = 'posts'")"
start rest "hand-written" handwritten.log 'listening on [0-9]*' "${HW_ENV[@]}" -- dev.enfyra.bench.rest.HandWrittenServer
if $EXTRAS; then
  start rest "hand-written, LIMIT ?" handwritten-bind.log 'listening on [0-9]*' "${HW_ENV[@]}" BENCH_LIMIT=bind -- dev.enfyra.bench.rest.HandWrittenServer
  start rest "generated, access log on" generated-accesslog.log "$GEN_READY" "${GEN_ENV[@]}" ENFYRA_ACCESS_LOG=true -- dev.enfyra.runtime.app.Main
fi
if $GRAPHQL; then
  python3 -c 'import json, sys; print(json.dumps({"query": sys.argv[1], "variables": {"filter": json.loads(sys.argv[2])}}))' \
    "$GRAPHQL_QUERY" "$FILTER" > "$WORK/graphql.json"
  start graphql "GraphQL (generated)" generated-graphql.log "$GEN_READY" "${GEN_ENV[@]}" ENFYRA_ACCESS_LOG=false -- dev.enfyra.runtime.app.Main
  start graphql "GraphQL, Helidon service" helidon-graphql.log 'listening on [0-9]*' "${GEN_ENV[@]}" -- dev.enfyra.bench.rest.HelidonGraphQlServer
fi
N=${#NAMES[@]}

# fetch I FILE: server I's answer to its request into FILE
url() { if [ "${KINDS[$1]}" = graphql ]; then echo "http://127.0.0.1:${PORTS[$1]}/graphql"; else echo "http://127.0.0.1:${PORTS[$1]}/api/posts?$QUERY"; fi; }
body() { if [ "${KINDS[$1]}" = graphql ]; then echo "$WORK/graphql.json"; fi; }
fetch() {
  if [ "${KINDS[$1]}" = graphql ]; then
    curl -sf -o "$2" -H 'Content-Type: application/json' --data-binary "@$(body "$1")" "$(url "$1")"
  else
    curl -sf -o "$2" "$(url "$1")"
  fi
}

# --- the same answer from every server ----------------------------------------------------------
for i in $(seq 0 $((N - 1))); do
  fetch "$i" "$WORK/answer-$i.json"
done
SAME=byte-identical
for i in $(seq 1 $((N - 1))); do
  if [ "${KINDS[$i]}" = graphql ]; then
    # the rows of {"data": {"posts": {"data": [...]}}} against REST's {"data": [...]}
    python3 -c 'import json, sys; a, b = (json.load(open(f)) for f in sys.argv[1:]); sys.exit(a["data"] != b["data"]["posts"]["data"])' \
      "$WORK/answer-0.json" "$WORK/answer-$i.json" \
      || { echo "${NAMES[$i]} answers other rows than ${NAMES[0]}: see $WORK/answer-*.json" >&2; exit 1; }
  elif ! cmp -s "$WORK/answer-0.json" "$WORK/answer-$i.json"; then
    if python3 -c 'import json, sys; a, b = (json.load(open(f)) for f in sys.argv[1:]); sys.exit(a != b)' \
        "$WORK/answer-0.json" "$WORK/answer-$i.json"; then
      SAME="semantically identical (not byte-identical)"
    else
      echo "${NAMES[$i]} answers differently from ${NAMES[0]}: see $WORK/answer-*.json" >&2
      exit 1
    fi
  fi
done
python3 - "$WORK/answer-0.json" "$SAME" <<'EOF'
import json, sys
data = json.load(open(sys.argv[1]))["data"]
size = len(open(sys.argv[1], "rb").read())
print(f"REST answers: {sys.argv[2]}, {len(data)} rows, {size} bytes; first: id {data[0]['id']}, createdAt {data[0]['createdAt']}, author {data[0]['author']}")
EOF

# --- load ---------------------------------------------------------------------------------------
ticks() { # the utime + stime of the given processes, in clock ticks
  local total=0 pid
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && total=$((total + $(sed 's/^.*) //' "/proc/$pid/stat" | awk '{print $12 + $13}')))
  done
  echo "$total"
}
backends() {
  psql -Atd "$DB" -c "SELECT pid FROM pg_stat_activity WHERE datname = '$DB' AND pid <> pg_backend_pid()"
}
busy() { # machine-wide clock ticks (all cores) in processes: user, nice, system (not irq, softirq, steal)
  awk '/^cpu / {print $2 + $3 + $4}' /proc/stat
}
# run I SECONDS LABEL: one wrk run against server I, alone; appends a result line to results.txt.
# CPU per request of the server's JVM, of the PostgreSQL backends of the database and of wrk; and the
# share of the machine that something else used meanwhile ("other", which should be near 0; a
# lower bound, since the kernel charges part of the loopback network work to our processes).
run() {
  local i=$1 seconds=$2 label=$3
  local pgs jvm0 pg0 busy0 out wrk_cpu=0
  pgs=$(backends)
  jvm0=$(ticks "${PIDS[$i]}")
  pg0=$(ticks $pgs)
  busy0=$(busy)
  if [ -x /usr/bin/time ]; then
    out=$(BENCH_BODY_FILE="$(body "$i")" /usr/bin/time -f '%U %S' -o "$WORK/wrk-time" wrk -t"$THREADS" -c"$CONNECTIONS" \
      -d"${seconds}s" -s bench/rest/report.lua "$(url "$i")" | grep '^RESULT')
    wrk_cpu=$(awk -v hz="$CLK_TCK" '{printf "%d", ($1 + $2) * hz}' "$WORK/wrk-time")
  else
    out=$(BENCH_BODY_FILE="$(body "$i")" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" -s bench/rest/report.lua \
      "$(url "$i")" | grep '^RESULT')
  fi
  local jvm=$(( $(ticks "${PIDS[$i]}") - jvm0 )) pg=$(( $(ticks $pgs) - pg0 )) all=$(( $(busy) - busy0 ))
  local other=$(( all - jvm - pg - wrk_cpu ))
  local rss
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/${PIDS[$i]}/status")
  local line="$label server=$i ${out#RESULT } jvm_ticks=$jvm pg_ticks=$pg wrk_ticks=$wrk_cpu other_ticks=$other seconds=$seconds cores=$(nproc) rss_kb=$rss"
  echo "$line" >> "$WORK/results.txt"
  echo "$line" | awk -v name="${NAMES[$i]}" -v hz="$CLK_TCK" '{
    for (f = 1; f <= NF; f++) { split($f, kv, "="); v[kv[1]] = kv[2] }
    printf "  %-8s %-26s %6.0f req/s  p99 %6.1f ms  µs/req: JVM %4.0f PG %4.0f wrk %3.0f  other %3.0f%%  RSS %3.0f MB%s\n",
      $1, name, v["rps"], v["p99_ms"], v["jvm_ticks"] * 1e6 / hz / v["requests"], v["pg_ticks"] * 1e6 / hz / v["requests"],
      v["wrk_ticks"] * 1e6 / hz / v["requests"], (v["other_ticks"] > 0 ? 100 * v["other_ticks"] / hz / v["seconds"] / v["cores"] : 0),
      v["rss_kb"] / 1024, (v["non2xx"] + v["socket_errors"] > 0 ? "  (" v["non2xx"] " non-2xx, " v["socket_errors"] " socket errors)" : "") }'
}

read -r LOAD1 _ < /proc/loadavg
echo "load average before the run: $LOAD1 (on $(nproc) cores)"
echo "warm-up: $WARMUP_PASSES passes of ${WARMUP} s each"
for pass in $(seq 1 "$WARMUP_PASSES"); do
  for i in $(seq 0 $((N - 1))); do run "$i" "$WARMUP" "warmup$pass"; done
done
echo "measure: $ROUNDS rounds of ${DURATION} s, wrk -t$THREADS -c$CONNECTIONS, the order rotating each round"
for r in $(seq 1 "$ROUNDS"); do
  for k in $(seq 0 $((N - 1))); do
    run $(( (k + r - 1) % N )) "$DURATION" "round$r"
  done
done

# --- table ----------------------------------------------------------------------------------------
echo
echo "GET /api/posts?filter=$FILTER&sort=-createdAt&limit=20&fields=*,author.name"
$GRAPHQL && echo "POST /graphql $(cat "$WORK/graphql.json")"
echo "$POSTS posts, $USERS users, $(psql -Atd "$DB" -c 'SHOW server_version' | cut -d' ' -f1) on $PGHOST; $(nproc) cores;" \
  "$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p'), JVM flags: $JVM_FLAGS"
python3 - "$WORK/results.txt" "$CLK_TCK" "${NAMES[@]}" <<'EOF'
import statistics, sys
path, hz, names = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
runs = {}
for line in open(path):
    label, *fields = line.split()
    if not label.startswith("round"):
        continue
    v = dict(f.split("=") for f in fields)
    runs.setdefault(int(v["server"]), []).append(v)
print(f"\n  {'server':<26}{'req/s':>9}  {'(min-max)':<15}{'p99 ms':>8}{'JVM µs/req':>12}{'PG µs/req':>11}{'RSS MB':>8}"
      f"{'CPU-bound req/s':>17}{'other':>7}")
rps = {}
capacity = {}
worst_other = 0.0
for i, name in enumerate(names):
    rs = runs[i]
    r = [float(x["rps"]) for x in rs]
    rps[i] = statistics.median(r)
    p99 = statistics.median(float(x["p99_ms"]) for x in rs)
    req = sum(int(x["requests"]) for x in rs)
    jvm = sum(int(x["jvm_ticks"]) for x in rs) * 1e6 / hz / req
    pg = sum(int(x["pg_ticks"]) for x in rs) * 1e6 / hz / req
    wrk = sum(int(x["wrk_ticks"]) for x in rs) * 1e6 / hz / req
    # what the machine would serve if it did nothing else: its cores over the CPU time per request
    # of the server, PostgreSQL and wrk (needs wrk's CPU time, from /usr/bin/time)
    capacity[i] = int(rs[0]["cores"]) * 1e6 / (jvm + pg + wrk) if wrk > 0 else float("nan")
    rss = int(rs[-1]["rss_kb"]) / 1024
    other = max(0.0, statistics.median(int(x["other_ticks"]) / hz / int(x["seconds"]) / int(x["cores"]) for x in rs))
    worst_other = max(worst_other, other)
    errors = sum(int(x["non2xx"]) + int(x["socket_errors"]) for x in rs)
    print(f"  {name:<26}{rps[i]:>9,.0f}  ({min(r):,.0f}-{max(r):,.0f}){'':<{max(0, 13 - len(f'{min(r):,.0f}-{max(r):,.0f}'))}}"
          f"{p99:>8.1f}{jvm:>12.0f}{pg:>11.0f}{rss:>8.0f}{capacity[i]:>17,.0f}{100 * other:>6.0f}%" + (f"  ({errors} errors)" if errors else ""))
print(f"\n  generated / hand-written: {rps[0] / rps[1]:.2f}x req/s (medians of {len(runs[0])} rounds), "
      f"{capacity[0] / capacity[1]:.2f}x CPU-bound req/s")
if worst_other > 0.05:
    print(f"  WARNING: other processes used up to {100 * worst_other:.0f}% of the machine during the rounds: req/s are not reliable")
for i in range(2, len(names)):
    base = 0 if 'generated' in names[i] or 'GraphQL' in names[i] else 1
    print(f"  {names[i]} / {names[base]}: {rps[i] / rps[base]:.2f}x req/s")
EOF
echo
echo "req/s and p99: medians over the rounds; µs/req: CPU time (user + system) of the server's JVM, and of"
echo "the PostgreSQL backends of $DB, per request over all rounds; RSS: VmRSS after the server's last round;"
echo "CPU-bound req/s: the cores over the CPU time per request of the server, PostgreSQL and wrk together (what"
echo "the machine would serve doing nothing else); other: the median share of the machine used by other processes."

if $PROFILE; then
  echo
  echo "profile: one more ${DURATION} s run of each under JFR (jdk.CPUTimeSample every 1 ms of CPU)"
  for i in 0 1; do
    "${JAVA_HOME:+$JAVA_HOME/bin/}jcmd" "${PIDS[$i]}" JFR.start name=bench "settings=$PWD/bench/rest/cpu.jfc" \
      "filename=$PWD/$WORK/profile-$i.jfr" >/dev/null
    run "$i" "$DURATION" profile
    "${JAVA_HOME:+$JAVA_HOME/bin/}jcmd" "${PIDS[$i]}" JFR.stop name=bench >/dev/null
    line=$(tail -1 "$WORK/results.txt")
    requests=$(echo "$line" | grep -o 'requests=[0-9]*' | cut -d= -f2)
    jvm_us=$(echo "$line" | awk -v hz="$CLK_TCK" '{ for (f = 1; f <= NF; f++) { split($f, kv, "="); v[kv[1]] = kv[2] }
      printf "%.1f", v["jvm_ticks"] * 1e6 / hz / v["requests"] }')
    echo "${NAMES[$i]} ($WORK/profile-$i.jfr):"
    python3 bench/rest/jfr-buckets.py "${JAVA_HOME:+$JAVA_HOME/bin/}jfr" "$WORK/profile-$i.jfr" "$requests" "$jvm_us"
  done
fi
