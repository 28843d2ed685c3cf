package dev.enfyra.codegen.emit;

/** Told after each table is generated, so that a build can show progress on a large schema. */
@FunctionalInterface
public interface GenerationProgress {

    GenerationProgress NONE = (done, total) -> { };

    void tablesDone(int done, int total);
}
