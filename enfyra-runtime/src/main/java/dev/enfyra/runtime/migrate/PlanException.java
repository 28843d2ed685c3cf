package dev.enfyra.runtime.migrate;

import java.util.List;

/** The embedded migrations are unreadable or inconsistent: every problem found, each naming its file. */
public final class PlanException extends MigrationException {

    private final List<String> problems;

    public PlanException(Code code, List<String> problems) {
        super(code, "the application's recorded migrations cannot be applied:\n  " + String.join("\n  ", problems)
                + "\nThey are the files under src/main/enfyra/migrations/, embedded at build time: restore them from"
                + " version control and rebuild.");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
