#!/usr/bin/env python3
"""Where the migrator's start-up time goes, from a JFR recording (jdk.ExecutionSample).

usage: jfr-planreader.py JFR_TOOL RECORDING

Counts the samples taken inside Migrator.startup and splits them by the call, in PlanReader,
Migrator or MigrationRunner, that they are under (with its source line), so that e.g. the
checksum of a file and the hash of its schema, both CanonicalJson.hash, are told apart.
"""
import collections, re, subprocess, sys

jfr, recording = sys.argv[1], sys.argv[2]
text = subprocess.run([jfr, "print", "--stack-depth", "96", "--events", "jdk.ExecutionSample", recording],
                      capture_output=True, text=True, check=True).stdout
frame_re = re.compile(r"^\s+([\w$.<>]+)\(.*\)\s+line:\s+(\d+)")
samples = []
for block in text.split("jdk.ExecutionSample")[1:]:
    frames = [(m.group(1), int(m.group(2))) for m in map(frame_re.match, block.splitlines()) if m]
    samples.append(frames)  # top of stack first

OWN = ("dev.enfyra.runtime.migrate.PlanReader.", "dev.enfyra.runtime.migrate.Migrator.", "dev.enfyra.runtime.migrate.MigrationRunner.",
       "dev.enfyra.runtime.migrate.MigrationLocking.", "dev.enfyra.runtime.migrate.MigrationState.", "dev.enfyra.runtime.migrate.DataMigrations.")
inside = [s for s in samples if any(f[0] == "dev.enfyra.runtime.migrate.Migrator.startup" for f in s)]
buckets = collections.Counter()
leaf = collections.Counter()
for s in inside:
    # the deepest (closest to the top of the stack) frame of the migrator's own orchestration, and what it calls
    for i, (method, line) in enumerate(s):
        if method.startswith(OWN):
            callee = s[i - 1][0].replace("dev.enfyra.runtime.migrate.", "") if i > 0 else "(self)"
            buckets[f"{method.replace('dev.enfyra.runtime.migrate.', '')}:{line} -> {callee}"] += 1
            break
    leaf[s[0][0]] += 1
total = len(inside)
print(f"{total} samples inside Migrator.startup ({len(samples)} in all)")
print("\nby the migrator's call they are under (method:line -> callee):")
for k, n in buckets.most_common(25):
    print(f"  {100 * n / total:5.1f}%  {k}")
print("\nhottest leaf methods:")
for k, n in leaf.most_common(12):
    print(f"  {100 * n / total:5.1f}%  {k}")
