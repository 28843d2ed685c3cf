package dev.enfyra.codegen.snapshot;

/** The output of the snapshot stage: the four files, read and shape-checked, not yet interpreted. */
public record Snapshot(RawSnapshot schema, RawHints hints, RawData defaultData, RawData dataMigration) {
}
