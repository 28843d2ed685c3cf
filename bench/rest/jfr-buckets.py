#!/usr/bin/env python3
"""Where a server's CPU goes per request, from a JFR recording with jdk.CPUTimeSample events.

    jfr-buckets.py JFR_BIN RECORDING REQUESTS JVM_US_PER_REQUEST

Each sample goes to the first bucket (in the order below) one of whose frames is on its stack.
Shares are of the samples; µs/req scales them to the JVM CPU time per request measured during
the recording (so the few percent spent by GC and JIT threads, which carry no Java stack, are
spread proportionally).
"""
import collections
import json
import subprocess
import sys

BUCKETS = [
    ("SQL round trip: root SELECT (pgjdbc)", ["org/postgresql/jdbc/PgPreparedStatement.execute"],
     ["dev/enfyra/runtime/query/QueryEngine.rootRows", "dev/enfyra/bench/"]),
    ("SQL round trip: author SELECT ... IN (...) (pgjdbc)", ["org/postgresql/jdbc/PgPreparedStatement.execute"],
     ["dev/enfyra/runtime/query/RelationLoader."]),
    ("read column values (pgjdbc getters, codec)", ["org/postgresql/jdbc/PgResultSet.", "dev/enfyra/runtime/dialect/BaseValueCodec.read",
                                                    "com/zaxxer/hikari/pool/HikariProxyResultSet."], None),
    ("connection: Hikari borrow/return, Jdbi handle", ["com/zaxxer/hikari/HikariDataSource.getConnection",
                                                       "com/zaxxer/hikari/pool/ProxyConnection.close",
                                                       "org/jdbi/v3/core/Jdbi.open", "org/jdbi/v3/core/Handle.close"], None),
    ("statement plumbing: prepare, bind, close (Jdbi, pgjdbc)", ["org/postgresql/jdbc/PgConnection.prepareStatement", "org/jdbi/v3/core/statement/",
                                                      "dev/enfyra/runtime/query/SqlParams.bindTo", "org/postgresql/jdbc/PgPreparedStatement.set",
                                                      "com/zaxxer/hikari/pool/HikariProxyPreparedStatement.set"], None),
    ("parse query parameters (QueryParams.parse; readTree)", ["dev/enfyra/core/query/QueryParams.parse", "dev/enfyra/runtime/http/TableResource.params",
                                                             "com/fasterxml/jackson/databind/ObjectMapper.readTree", "io/helidon/common/uri/UriQuery"], None),
    ("date-times to ISO-8601 text", ["java/time/format/DateTimeFormatter.format", "java/time/Instant.toString"], None),
    ("JSON generation (Jackson, JsonRows)", ["com/fasterxml/jackson/core/", "dev/enfyra/runtime/query/JsonRows."], None),
    ("engine: Shape, SQL text, Row objects, relation join-up", ["dev/enfyra/runtime/query/", "dev/enfyra/core/"], None),
    ("HTTP response write (Helidon)", ["io/helidon/webserver/http1/Http1ServerResponse.send"], None),
    ("handler code, HTTP request and routing (Helidon)", ["io/helidon/", "dev/enfyra/"], None),
]


def main():
    jfr, recording, requests, jvm_us = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
    text = subprocess.run([jfr, "print", "--json", "--events", "jdk.CPUTimeSample", "--stack-depth", "300", recording],
                          check=True, capture_output=True, text=True).stdout
    counts = collections.Counter()
    total = 0
    for event in json.loads(text)["recording"]["events"]:
        trace = event["values"].get("stackTrace")
        names = [f["method"]["type"]["name"] + "." + f["method"]["name"] for f in (trace["frames"] if trace else [])]
        total += 1
        for bucket, markers, under in BUCKETS:
            if any(n.startswith(m) for n in names for m in markers) and (
                    under is None or any(n.startswith(u) for n in names for u in under)):
                counts[bucket] += 1
                break
        else:
            counts["other (virtual threads, sockets, JDK)" if names else "(no Java stack)"] += 1
    if total == 0:
        print("  no jdk.CPUTimeSample events (JDK 25+ on Linux needed)")
        return
    print(f"  {total} CPU-time samples over {requests} requests; JVM {jvm_us:.0f} µs/req")
    for bucket, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"    {100 * n / total:5.1f}%  {jvm_us * n / total:6.1f} µs/req  {bucket}")


if __name__ == "__main__":
    main()
