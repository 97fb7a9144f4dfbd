package dev.graphwire.neo4jlocal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * A local Neo4j for graphwire: the Community engine embedded, with Bolt on
 * 127.0.0.1:PORT and its files under DATA_DIR. Prints "READY <port>" once
 * Bolt accepts connections; shuts down cleanly on SIGTERM or, with
 * --stdin-lifetime, when its standard input closes (so a test runner that
 * dies takes it along).
 *
 * Auth is off unless NEO4J_PASSWORD is set in the environment, in which case
 * the user "neo4j" gets that password. The password is never printed.
 *
 * With --count-nodes it opens the database without Bolt, prints "NODES <n>"
 * and exits: how `graphwire neo4j import` tells an empty database from one
 * that holds a graph before it lets neo4j-admin overwrite it.
 *
 * Usage: java -cp ... dev.graphwire.neo4jlocal.Main --port 7687 --data-dir DIR [--stdin-lifetime]
 *        java -cp ... dev.graphwire.neo4jlocal.Main --data-dir DIR --count-nodes
 */
public final class Main {
  private Main() {}

  /**
   * The page cache: 64 MiB unless the system property graphwire.pagecache
   * (a size such as 512m, set through GRAPHWIRE_NEO4J_JAVA_OPTS) says otherwise.
   */
  static long pageCache() {
    String size = System.getProperty("graphwire.pagecache");
    return size == null || size.isBlank() ? ByteUnit.mebiBytes(64) : ByteUnit.parse(size);
  }

  public static void main(String[] args) throws Exception {
    int port = 7687;
    Path dataDir = Path.of("neo4j-data");
    boolean stdinLifetime = false;
    boolean countNodes = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--data-dir" -> dataDir = Path.of(args[++i]);
        case "--stdin-lifetime" -> stdinLifetime = true;
        case "--count-nodes" -> countNodes = true;
        default -> {
          System.err.println("neo4j-local: unknown argument " + args[i]);
          System.exit(64);
        }
      }
    }
    if (countNodes) {
      DatabaseManagementService dbms =
          new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
              .setConfig(BoltConnector.enabled, false)
              .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(16))
              .build();
      try {
        Object n =
            dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
                .executeTransactionally(
                    "MATCH (n) RETURN count(n) AS n", Map.of(), r -> r.next().get("n"));
        System.out.println("NODES " + n);
      } finally {
        dbms.shutdown();
      }
      return;
    }
    String password = System.getenv("NEO4J_PASSWORD");
    boolean auth = password != null && !password.isEmpty();

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(GraphDatabaseSettings.auth_enabled, auth)
            .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache())
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
            .build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-local-shutdown"));
    if (auth) {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
              Map.of("password", password));
    }
    // Touch the default database so the first client does not wait for it.
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    System.out.println("READY " + port);
    System.out.flush();

    if (stdinLifetime) {
      InputStream in = System.in;
      try {
        while (in.read() >= 0) {
          // drain until the parent closes the pipe
        }
      } catch (IOException ignored) {
        // parent gone
      }
      System.exit(0);
    } else {
      Thread.currentThread().join();
    }
  }
}
