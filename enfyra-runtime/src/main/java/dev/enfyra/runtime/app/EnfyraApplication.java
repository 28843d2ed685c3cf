package dev.enfyra.runtime.app;

import dev.enfyra.core.schema.Schema;
import dev.enfyra.runtime.http.TableResource;
import java.util.List;

/**
 * A generated backend, as the runtime finds it: the generator writes one implementation per
 * project and registers it in {@code META-INF/services}, so {@link Main} starts it without a
 * main method written by the user.
 */
public interface EnfyraApplication {

    Schema schema();

    /** One REST resource per table. */
    List<TableResource> resources(EnfyraRuntime runtime);
}
