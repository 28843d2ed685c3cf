#!/usr/bin/env bash
# Codegen benchmark: front end + generation of synthetic snapshots of 500/1,000/2,000 tables,
# then javac of the 1,000-table output. Uses $JAVA_HOME/bin/java when JAVA_HOME is set (needs
# a JDK 21+, for javac); extra Maven flags (e.g. -o) go in MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B install -pl bench -am -DskipTests -Dinvoker.skip=true
CP="bench/target/classes:$(./mvnw -q -B -pl bench dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xms2g -Xmx2g -cp "$CP" dev.enfyra.bench.CodegenBench "$@"
