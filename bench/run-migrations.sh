#!/usr/bin/env bash
# Migration benchmarks on PostgreSQL: the runtime's migrator (Migrator.startup, mode auto) next to
# Flyway 11 (Flyway.configure()...load().migrate()) running the very SQL the runtime renders for the
# same steps (its dry run, one Flyway SQL migration per recorded migration), in the same run.
#
#   1. apply: 200 recorded steps (20 migrations of 10, recorded by the compiler's planner from 20
#      synthetic snapshot versions) to an empty database, a fresh database per run; in one JVM
#      (warm-up rounds, then rounds alternating the order) and each run in its own JVM (cold).
#      Also the 1,000-step history, cold. The two databases must come out identical (columns,
#      indexes, constraints), or the run stops.
#   2. start-up: 1,000 applied steps (100 migrations), nothing pending: the entry point on an
#      already migrated database, first call in a fresh JVM (cold) and repeated in one JVM (warm),
#      with the warm breakdown of the checks made without the database (PlanReader.read).
#
#   bench/run-migrations.sh              build, record the histories, run everything
#   bench/run-migrations.sh --profile    then JFR of the warm start-up and where its time goes
#   bench/run-migrations.sh --no-build   skip the Maven builds (use bench/migrations/target)
#
# Environment: JAVA_HOME (a JDK 21+; $JAVA_HOME/bin/java is used when set), MAVEN_ARGS (e.g. -o),
# PGHOST/PGPORT/PGUSER (127.0.0.1, 5432, postgres; trust authentication), ROUNDS (15), WARMUP (3),
# COLD_ROUNDS (5), ITERATIONS (20, warm start-ups measured after as many unmeasured), JVM_FLAGS (-Xmx1g).
# Creates and drops databases named enfyra_bench_mig_*.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=true
PROFILE=false
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=false ;;
    --profile) PROFILE=true ;;
    *) echo "usage: $0 [--profile] [--no-build]" >&2; exit 2 ;;
  esac
done

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export REDGATE_DISABLE_TELEMETRY=true
ROUNDS=${ROUNDS:-15}
WARMUP=${WARMUP:-3}
COLD_ROUNDS=${COLD_ROUNDS:-5}
ITERATIONS=${ITERATIONS:-20}
JVM_FLAGS=${JVM_FLAGS:--Xmx1g}
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
WORK=bench/migrations/target/run
RESULTS=$WORK/results.txt

JAVA_MAJOR=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "${JAVA_MAJOR:-0}" -lt 21 ]; then
  echo "$JAVA is Java ${JAVA_MAJOR:-?}; set JAVA_HOME to a JDK 21+" >&2
  exit 1
fi
if $BUILD; then
  echo "building the toolkit (enfyra-codegen, enfyra-runtime) and bench/migrations ..."
  ./mvnw -q -B install -Dmaven.test.skip=true -Dinvoker.skip=true -pl enfyra-codegen,enfyra-runtime -am
  ./mvnw -q -B -f bench/migrations/pom.xml package -DskipTests
fi
CP="bench/migrations/target/classes:$(ls bench/migrations/target/lib/*.jar | tr '\n' ':')"
rm -rf "$WORK"
mkdir -p "$WORK"
: > "$RESULTS"
bench() { # bench LABEL COMMAND ARGS...: one JVM; its RESULT lines go to results.txt, its log to LABEL.log
  local label=$1
  shift
  "$JAVA" $JVM_FLAGS -cp "$CP" dev.enfyra.bench.migrations.MigrationBench "$@" 2>>"$WORK/$label.log" \
    | tee -a "$WORK/$label.out" | sed -n "s/^RESULT /$label /p" >> "$RESULTS"
}
H200=$WORK/history-200 SQL200=$WORK/sql-200 H1000=$WORK/history-1000 SQL1000=$WORK/sql-1000
DB_E=enfyra_bench_mig_startup_enfyra DB_F=enfyra_bench_mig_startup_flyway
DB_E200=enfyra_bench_mig_startup200_enfyra DB_F200=enfyra_bench_mig_startup200_flyway
cleanup() {
  for db in $DB_E $DB_F $DB_E200 $DB_F200; do
    psql -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  done
}
trap cleanup EXIT

read -r LOAD1 _ < /proc/loadavg
echo "load average before the run: $LOAD1 (on $(nproc) cores)"

# --- histories: recorded by the planner, rendered for PostgreSQL by the runtime's dry run -----------
for n in 20 100; do
  h=$WORK/history-$((n * 10)) s=$WORK/sql-$((n * 10))
  "$JAVA" $JVM_FLAGS -cp "$CP" dev.enfyra.bench.migrations.MigrationBench record "$n" "$h"
  "$JAVA" $JVM_FLAGS -cp "$CP" dev.enfyra.bench.migrations.MigrationBench sql "$h" "$s" 2>>"$WORK/sql.log"
done

# --- 1. apply -------------------------------------------------------------------------------------
echo
echo "1. apply 200 steps to an empty database, warm: $WARMUP warm-up rounds, $ROUNDS rounds alternating the order, one JVM"
bench apply200 apply "$H200" "$SQL200" "$ROUNDS" "$WARMUP"
grep -v '^RESULT' "$WORK/apply200.out" | grep -v warm-up | tail -1
echo "   cold: $COLD_ROUNDS rounds, each run in its own JVM"
for r in $(seq 1 "$COLD_ROUNDS"); do
  if [ $((r % 2)) -eq 1 ]; then order="enfyra flyway"; else order="flyway enfyra"; fi
  for tool in $order; do bench cold200 apply-once "$tool" "$H200" "$SQL200"; done
done
echo "   1,000 steps, cold: $COLD_ROUNDS rounds"
for r in $(seq 1 "$COLD_ROUNDS"); do
  if [ $((r % 2)) -eq 1 ]; then order="enfyra flyway"; else order="flyway enfyra"; fi
  for tool in $order; do bench cold1000 apply-once "$tool" "$H1000" "$SQL1000"; done
done

# --- 2. start-up with 1,000 applied steps ---------------------------------------------------------
echo
echo "2. start-up with 1,000 applied steps, nothing pending"
"$JAVA" $JVM_FLAGS -cp "$CP" dev.enfyra.bench.migrations.MigrationBench prepare enfyra "$H1000" "$SQL1000" "$DB_E" 2>>"$WORK/prepare.log"
"$JAVA" $JVM_FLAGS -cp "$CP" dev.enfyra.bench.migrations.MigrationBench prepare flyway "$H1000" "$SQL1000" "$DB_F" 2>>"$WORK/prepare.log"
echo "   cold: $COLD_ROUNDS rounds, each start in its own JVM (and PlanReader.read alone, and two floors, likewise)"
for r in $(seq 1 "$COLD_ROUNDS"); do
  if [ $((r % 2)) -eq 1 ]; then order="enfyra flyway"; else order="flyway enfyra"; fi
  for tool in $order; do
    bench startcold startup-once "$tool" "$H1000" "$SQL1000" "$([ "$tool" = enfyra ] && echo "$DB_E" || echo "$DB_F")"
  done
  bench startcold planreader-once "$H1000"
  bench startcold floor-once checksum "$H1000"
  bench startcold floor-once sha "$H1000"
done
echo "   warm: $ITERATIONS unmeasured, then $ITERATIONS measured start-ups of each, alternating, one JVM"
bench startwarm startup "$H1000" "$SQL1000" "$DB_E" "$DB_F" "$ITERATIONS"
echo "   for scale: the same with the 200-step history, cold and warm"
"$JAVA" $JVM_FLAGS -cp "$CP" dev.enfyra.bench.migrations.MigrationBench prepare enfyra "$H200" "$SQL200" "$DB_E200" 2>>"$WORK/prepare.log"
"$JAVA" $JVM_FLAGS -cp "$CP" dev.enfyra.bench.migrations.MigrationBench prepare flyway "$H200" "$SQL200" "$DB_F200" 2>>"$WORK/prepare.log"
for r in $(seq 1 "$COLD_ROUNDS"); do
  if [ $((r % 2)) -eq 1 ]; then order="enfyra flyway"; else order="flyway enfyra"; fi
  for tool in $order; do
    bench startcold200 startup-once "$tool" "$H200" "$SQL200" "$([ "$tool" = enfyra ] && echo "$DB_E200" || echo "$DB_F200")"
  done
done
bench startwarm200 startup "$H200" "$SQL200" "$DB_E200" "$DB_F200" "$ITERATIONS"

# --- table ----------------------------------------------------------------------------------------
echo
echo "PostgreSQL $(psql -Atd postgres -c 'SHOW server_version' | cut -d' ' -f1) on $PGHOST; $(nproc) cores;" \
  "$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p'), JVM flags: $JVM_FLAGS; Flyway 11.14.0"
python3 - "$RESULTS" "$ROUNDS" "$COLD_ROUNDS" "$ITERATIONS" <<'EOF'
import statistics, sys
path, rounds, cold, iterations = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
runs = {}
warm = {}
for line in open(path):
    label, *rest = line.split()
    if rest[0] == "warm":
        warm[label] = dict(f.split("=") for f in rest[1:])
    else:
        runs.setdefault((label, rest[0]), []).append(float(rest[1]))
med = lambda label, tool: statistics.median(runs[(label, tool)])
def row(name, e, f, goal):
    print(f"  {name:<54}{e:>10.1f}{f:>11.1f}{e / f:>8.2f}x   {goal}")
head = f"  {'':<54}{'Enfyra ms':>10}{'Flyway ms':>11}{'ratio':>9}   goal"
a = warm["apply200"]
print("\n1. apply 200 recorded steps (20 migrations) to an empty database")
print(head)
row(f"warm JVM, median of {rounds}", float(a["enfyra"]), float(a["flyway"]),
    "<= 1.20x: " + ("met" if float(a["enfyra"]) <= 1.2 * float(a["flyway"]) else "MISSED"))
row(f"cold JVM, median of {cold}", med("cold200", "enfyra"), med("cold200", "flyway"), "")
row(f"1,000 steps (100 migrations), cold JVM, median of {cold}", med("cold1000", "enfyra"), med("cold1000", "flyway"), "")
s = warm["startwarm"]
e, f = float(s["enfyra"]), float(s["flyway"])
print("\n2. start-up with 1,000 applied steps (100 migrations, 8.4 MB of plans), nothing pending")
print(head)
row(f"warm JVM, median of {iterations}", e, f, "< 100 ms: " + ("met" if e < 100 else "MISSED"))
ce = med("startcold", "enfyra")
row(f"cold JVM (first call), median of {cold}", ce, med("startcold", "flyway"), "< 100 ms: " + ("met" if ce < 100 else "MISSED"))
s2 = warm["startwarm200"]
row(f"for scale, 200 applied steps (0.4 MB): warm", float(s2["enfyra"]), float(s2["flyway"]), "")
row(f"for scale, 200 applied steps: cold", med("startcold200", "enfyra"), med("startcold200", "flyway"), "")
pw, pc = float(s["planreader"]), med("startcold", "planreader")
print(f"\n  what a start with nothing pending no longer does: the full check of every plan, PlanReader.read (parse,"
      f"\n      checksums, replay; no database): warm {pw:.1f} ms, cold {pc:.1f} ms alone (the start compares the plans' digests instead)")
print(f"  floors on the same texts: Jackson parse of all files warm {float(s['parse']):.1f} ms; + canonical checksum of each"
      f" warm {float(s['parse']) + float(s['canonical']):.1f} ms, cold {med('startcold', 'checksum'):.1f} ms;"
      f"\n      SHA-256 of the raw texts warm {float(s['sha']):.1f} ms, cold {med('startcold', 'sha'):.1f} ms")
EOF

if $PROFILE; then
  echo
  echo "profile: JFR (settings=profile) of the warm start-up ($WORK/startup.jfr)"
  "$JAVA" $JVM_FLAGS -XX:StartFlightRecording=filename="$WORK/startup.jfr",settings=profile -cp "$CP" \
    dev.enfyra.bench.migrations.MigrationBench startup "$H1000" "$SQL1000" "$DB_E" "$DB_F" "$ITERATIONS" 2>>"$WORK/profile.log" >/dev/null
  python3 bench/migrations/jfr-planreader.py "${JAVA_HOME:+$JAVA_HOME/bin/}jfr" "$WORK/startup.jfr"
fi
