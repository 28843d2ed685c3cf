#!/usr/bin/env bash
# Front-end benchmark: read + check + normalize synthetic snapshots of 500/1,000/2,000 tables.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B install -pl bench -am -DskipTests -Dinvoker.skip=true
CP="bench/target/classes:$(./mvnw -q -B -pl bench dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xms1g -Xmx1g -cp "$CP" dev.enfyra.bench.FrontendBench "$@"
