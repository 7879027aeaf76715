package dev.platter.platform.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Creates this run's database for a service (owned by the service's own role, as in production) through the
 * Postgres superuser, once per JVM.
 */
public final class TestDatabases {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

    private TestDatabases() {}

    /** Makes sure the role and this run's database exist; returns the database name. */
    public static String ensure(String serviceDatabase, String role, String password) {
        var database = TestRun.database(serviceDatabase);
        if (CREATED.contains(database)) {
            return database;
        }
        synchronized (CREATED) {
            if (CREATED.add(database)) {
                Leftovers.removeOnce();
                try (var admin = admin()) {
                    ensureRole(admin, role, password);
                    if (!exists(admin, "select 1 from pg_database where datname = ?", database)) {
                        execute(admin, "create database " + identifier(database) + " owner " + identifier(role));
                    }
                } catch (SQLException e) {
                    CREATED.remove(database);
                    throw new IllegalStateException(
                            "Could not create test database " + database + " (is Postgres up? run ./platform up)", e);
                }
            }
        }
        return database;
    }

    static Connection admin() throws SQLException {
        return DriverManager.getConnection(
                Infrastructure.jdbcUrl("postgres"),
                Infrastructure.postgresAdminUser(),
                Infrastructure.postgresAdminPassword());
    }

    private static void ensureRole(Connection admin, String role, String password) throws SQLException {
        if (!exists(admin, "select 1 from pg_roles where rolname = ?", role)) {
            try {
                execute(
                        admin,
                        "create role " + identifier(role) + " login password '" + password.replace("'", "''") + "'");
            } catch (SQLException e) {
                // Another JVM of this run created it in between.
                if (!exists(admin, "select 1 from pg_roles where rolname = ?", role)) {
                    throw e;
                }
            }
        }
    }

    static boolean exists(Connection connection, String query, String value) throws SQLException {
        try (var statement = connection.prepareStatement(query)) {
            statement.setString(1, value);
            try (var result = statement.executeQuery()) {
                return result.next();
            }
        }
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static String identifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain identifier: " + name);
        }
        return name;
    }
}
