import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Starts Neo4j Community embedded with only the Bolt connector, on loopback, for Antenne.
 *
 * <p>Run with {@code java -cp 'lib/*' Launcher.java --data DIR --port 7687 --pagecache 512m}. It
 * prints {@code ANTENNE_NEO4J_READY bolt://127.0.0.1:PORT} once the database answers, and shuts
 * down cleanly on SIGINT/SIGTERM, or when standard input closes if {@code --exit-with-parent} is
 * given (so a test run that dies never leaves a database behind). Every failure the user can fix is
 * one line on stderr starting with {@code ANTENNE_NEO4J_ERROR}, and exit code 2.
 */
public final class Launcher {
  private static final String HOST = "127.0.0.1";

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      fail(e.getMessage());
      return;
    }

    assertPortFree(options.port);
    Files.createDirectories(options.data);

    long started = System.nanoTime();
    DatabaseManagementService dbms;
    try {
      dbms =
          new DatabaseManagementServiceBuilder(options.data)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.port))
              .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
              .setConfig(GraphDatabaseSettings.auth_enabled, false)
              .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes)
              .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
              .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
              .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
              .build();
    } catch (RuntimeException e) {
      fail("could not start Neo4j in " + options.data + ": " + rootMessage(e));
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.err.println("ANTENNE_NEO4J stopping");
                  dbms.shutdown();
                  stopped.countDown();
                },
                "antenne-neo4j-shutdown"));

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    db.executeTransactionally("RETURN 1");
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.println("ANTENNE_NEO4J_READY bolt://" + HOST + ":" + options.port + " in " + millis + " ms");
    System.out.flush();

    if (options.exitWithParent) {
      waitForEndOfInput(System.in);
      System.exit(0);
    }
    stopped.await();
  }

  private static void waitForEndOfInput(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // Input is ignored; only its end matters: the parent process is gone.
      }
    } catch (IOException e) {
      // A broken pipe means the same thing as end of input.
    }
  }

  private static void assertPortFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
      socket.setReuseAddress(true);
    } catch (IOException e) {
      fail("port " + port + " on " + HOST + " is already in use; stop what uses it or set NEO4J_BOLT_PORT");
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }

  private static void fail(String message) {
    System.err.println("ANTENNE_NEO4J_ERROR " + message);
    System.exit(2);
  }

  private record Options(Path data, int port, long pageCacheBytes, boolean exitWithParent) {
    static Options parse(String[] args) {
      Path data = Path.of(".data/neo4j");
      int port = 7687;
      long pageCache = parseBytes("512m");
      boolean exitWithParent = false;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--data" -> data = Path.of(value(args, ++i, arg));
          case "--port" -> port = parsePort(value(args, ++i, arg));
          case "--pagecache" -> pageCache = parseBytes(value(args, ++i, arg));
          case "--exit-with-parent" -> exitWithParent = true;
          default -> throw new IllegalArgumentException("unknown option " + arg);
        }
      }
      return new Options(data.toAbsolutePath(), port, pageCache, exitWithParent);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }

    private static int parsePort(String text) {
      try {
        int port = Integer.parseInt(text);
        if (port < 1 || port > 65535) {
          throw new NumberFormatException();
        }
        return port;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("port must be a number from 1 to 65535, not '" + text + "'");
      }
    }

    private static long parseBytes(String text) {
      String t = text.trim().toLowerCase();
      long unit = 1;
      if (t.endsWith("g")) {
        unit = 1L << 30;
      } else if (t.endsWith("m")) {
        unit = 1L << 20;
      } else if (t.endsWith("k")) {
        unit = 1L << 10;
      }
      String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
      try {
        return Long.parseLong(digits) * unit;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("page cache size must look like 512m or 2g, not '" + text + "'");
      }
    }
  }
}
