import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Creates each service's role and database in the local Postgres, idempotently.
 *
 * <pre>
 *   Provision &lt;host&gt; &lt;port&gt; &lt;wait-seconds&gt; &lt;name&gt;...
 * </pre>
 *
 * For every name it makes sure the login role {@code platter_<name>} (password = role name) and the
 * database {@code platter_<name>} owned by it exist. It connects as the superuser given by
 * PLATTER_PG_ADMIN_USER / PLATTER_PG_ADMIN_PASSWORD (default postgres/postgres), which works both with
 * password and with trust authentication, and waits for a Postgres that is still starting up.
 */
public class Provision {

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: Provision <host> <port> <wait-seconds> <name>...");
            System.exit(2);
        }
        String url = "jdbc:postgresql://" + args[0] + ":" + args[1] + "/postgres";
        long deadline = System.nanoTime() + Long.parseLong(args[2]) * 1_000_000_000L;
        Properties credentials = new Properties();
        credentials.setProperty("user", env("PLATTER_PG_ADMIN_USER", "postgres"));
        credentials.setProperty("password", env("PLATTER_PG_ADMIN_PASSWORD", "postgres"));
        credentials.setProperty("connectTimeout", "5");

        try (Connection admin = connect(url, credentials, deadline)) {
            for (int i = 3; i < args.length; i++) {
                String name = "platter_" + args[i];
                if (!name.matches("[a-z_]+")) {
                    throw new IllegalArgumentException("not a plain lower-case name: " + name);
                }
                boolean role = exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", name);
                if (!role) {
                    execute(admin, "CREATE ROLE " + name + " LOGIN PASSWORD '" + name + "'");
                }
                boolean database = exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", name);
                if (!database) {
                    execute(admin, "CREATE DATABASE " + name + " OWNER " + name);
                }
                if (!role || !database) {
                    System.out.println("  created " + (role ? "" : "role ") + (role || database ? "" : "and ")
                            + (database ? "" : "database ") + name);
                }
            }
            try (Statement statement = admin.createStatement();
                    ResultSet rs = statement.executeQuery("SHOW max_connections")) {
                rs.next();
                if (Integer.parseInt(rs.getString(1)) < 200) {
                    System.out.println("  note: this Postgres allows only " + rs.getString(1)
                            + " connections; the test suite is happier with 300 (max_connections)");
                }
            }
        }
    }

    private static Connection connect(String url, Properties credentials, long deadline) throws Exception {
        while (true) {
            try {
                return DriverManager.getConnection(url, credentials);
            } catch (SQLException e) {
                boolean starting = "57P03".equals(e.getSQLState()) || "08001".equals(e.getSQLState());
                if (!starting || System.nanoTime() > deadline) {
                    System.err.println("Cannot connect to Postgres at " + url + " as " + credentials.getProperty("user")
                            + ": " + e.getMessage());
                    System.err.println("Set PLATTER_PG_ADMIN_USER / PLATTER_PG_ADMIN_PASSWORD to a superuser of that Postgres.");
                    System.exit(1);
                }
                Thread.sleep(250);
            }
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
