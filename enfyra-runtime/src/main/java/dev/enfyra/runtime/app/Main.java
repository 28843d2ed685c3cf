package dev.enfyra.runtime.app;

import java.util.List;
import java.util.ServiceLoader;
import java.util.logging.Logger;

/**
 * Starts the generated backend found on the classpath: {@code java -jar app.jar}, or
 * {@code mvn enfyra:run}. Settings from application.yaml and ENFYRA_* variables ({@link RuntimeConfig}).
 */
public final class Main {

    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    private Main() {
    }

    public static void main(String[] args) {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null
                && System.getProperty("java.util.logging.config.file") == null) {
            // One line per record, unless the user configured logging themselves.
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT.%1$tL %4$-7s %3$s: %5$s%6$s%n");
        }
        EnfyraApplication app = find();
        RuntimeConfig config = RuntimeConfig.load();
        long start = System.nanoTime();
        EnfyraServer server = EnfyraServer.start(config, app);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "enfyra-shutdown"));
        LOG.info(String.format("Enfyra backend on http://%s:%d%s (%d tables, %s) started in %d ms",
                config.host(), server.port(), config.basePath(), app.schema().tables().size(),
                server.runtime().database().dialect().name(), (System.nanoTime() - start) / 1_000_000));
    }

    static EnfyraApplication find() {
        List<EnfyraApplication> apps = ServiceLoader.load(EnfyraApplication.class).stream().map(ServiceLoader.Provider::get).toList();
        if (apps.size() != 1) {
            throw new IllegalStateException(apps.isEmpty()
                    ? "no generated Enfyra application on the classpath: run the enfyra-maven-plugin generate goal (mvn compile) first"
                    : "several Enfyra applications on the classpath: " + apps.stream().map(a -> a.getClass().getName()).toList());
        }
        return apps.get(0);
    }
}
