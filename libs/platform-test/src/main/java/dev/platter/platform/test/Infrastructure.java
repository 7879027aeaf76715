package dev.platter.platform.test;

/**
 * Where the infrastructure that {@code ./platform} runs is. Each address can be overridden by the same environment
 * variable the services read.
 */
public final class Infrastructure {

    private Infrastructure() {}

    public static String postgresHost() {
        return env("POSTGRES_HOST", "127.0.0.1");
    }

    public static int postgresPort() {
        return Integer.parseInt(env("POSTGRES_PORT", "5432"));
    }

    public static String postgresAdminUser() {
        return env("PLATTER_PG_ADMIN_USER", "postgres");
    }

    public static String postgresAdminPassword() {
        return env("PLATTER_PG_ADMIN_PASSWORD", "postgres");
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + postgresHost() + ":" + postgresPort() + "/" + database;
    }

    public static String kafkaBootstrapServers() {
        return env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
    }

    public static String redisHost() {
        return env("REDIS_HOST", "127.0.0.1");
    }

    public static int redisPort() {
        return Integer.parseInt(env("REDIS_PORT", "6379"));
    }

    public static String elasticsearchUri() {
        return env("ELASTICSEARCH_URIS", "http://127.0.0.1:9200");
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
