package org.ilograph.neo4jlocal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;

/**
 * Neo4j 5 (community engine) on 127.0.0.1 with Bolt and authentication on, in the foreground.
 *
 * Settings come from the environment, as the API's own do: NEO4J_BOLT_PORT (7687),
 * NEO4J_PASSWORD (the development password docker-compose.yml uses), NEO4J_LOCAL_DIR (the data
 * directory), NEO4J_LOCAL_PAGECACHE_MB (256). The heap is the JVM's (-Xmx, set by start.ts).
 * Prints one line once Bolt accepts connections; SIGINT/SIGTERM shut it down cleanly (the JVM
 * runs shutdown hooks on both).
 */
public final class Neo4jLocal {
    private static final String DEFAULT_PASSWORD = "ilo-graph-dev";

    public static void main(String[] args) throws Exception {
        int port = (int) wholeNumber("NEO4J_BOLT_PORT", 7687, 1, 65535);
        String password = envOr("NEO4J_PASSWORD", DEFAULT_PASSWORD);
        if (password.length() < 8) {
            fail("NEO4J_PASSWORD must be at least 8 characters (Neo4j 5 refuses shorter ones)");
        }
        Path home = Path.of(envOr("NEO4J_LOCAL_DIR", "data/neo4j-local")).toAbsolutePath();
        long pageCacheMb = wholeNumber("NEO4J_LOCAL_PAGECACHE_MB", 256, 16, 1024 * 1024);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Explicit, because the default sizes the page cache from total RAM.
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMb * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("neo4j-local: shutting down");
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-local-shutdown"));

        try {
            setPassword(dbms, password);
            dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        } catch (RuntimeException e) {
            // Without this the JVM would stay up (Neo4j's threads are not daemons) and serve nothing.
            System.err.println("neo4j-local: Neo4j started but is not usable: " + e.getMessage());
            System.exit(1);
        }
        // The line scripts wait for: Bolt is listening and the default database answers.
        System.out.println("neo4j-local: Neo4j " + org.neo4j.kernel.internal.Version.getNeo4jVersion()
                + " ready on bolt://127.0.0.1:" + port + " (user neo4j, data in " + home + ")");
        System.out.flush();
        stopped.await();
    }

    /**
     * The embedded builder starts with the initial password "neo4j", which must be changed before
     * any Bolt login can run a query; set ours through the system database. On a data directory
     * made by an earlier run with another password, the stored one is replaced (development only).
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (QueryExecutionException e) {
            // A data directory from an earlier run already has this password: nothing to change.
            if (!e.getMessage().contains("Old password and new password cannot be the same")) throw e;
        }
    }


    private static long wholeNumber(String name, long fallback, long min, long max) {
        String text = System.getenv(name);
        if (text == null || text.isBlank()) return fallback;
        if (!text.trim().matches("\\d{1,9}") || Long.parseLong(text.trim()) < min
                || Long.parseLong(text.trim()) > max) {
            fail(name + " must be a whole number from " + min + " to " + max + ", got \"" + text + "\"");
        }
        return Long.parseLong(text.trim());
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static void fail(String message) {
        System.err.println("neo4j-local: " + message);
        System.exit(2);
    }
}
