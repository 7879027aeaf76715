package dev.platter.platform.test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One test run: everything it creates is named with its id (topics, consumer groups, databases, Redis keys,
 * Elasticsearch indexes), so runs never see each other's data. {@code ./platform test} sets
 * {@code PLATTER_TEST_RUN_ID} for the whole build; a test started any other way gets an id of its own.
 */
public final class TestRun {

    /** {@code r} + UTC yyMMddHHmmss + 4 hex digits. */
    static final Pattern ID = Pattern.compile("r(\\d{12})([0-9a-f]{4})");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyMMddHHmmss");
    private static final String ID_VALUE = Optional.ofNullable(System.getenv("PLATTER_TEST_RUN_ID"))
            .filter(id -> ID.matcher(id).matches())
            .orElseGet(TestRun::newId);

    private TestRun() {}

    public static String id() {
        return ID_VALUE;
    }

    /** Prefix of this run's Kafka topics and consumer groups. */
    public static String topicPrefix() {
        return ID_VALUE + ".";
    }

    /** Prefix of this run's Redis keys. */
    public static String redisKeyPrefix() {
        return ID_VALUE + ":";
    }

    /** Prefix of this run's Elasticsearch indexes. */
    public static String indexPrefix() {
        return ID_VALUE + "-";
    }

    /** This run's copy of a service database, e.g. {@code platter_order_r2611220530ab12}. */
    public static String database(String serviceDatabase) {
        return serviceDatabase + "_" + ID_VALUE;
    }

    static String newId() {
        var random = new byte[2];
        new SecureRandom().nextBytes(random);
        return "r" + LocalDateTime.now(ZoneOffset.UTC).format(STAMP)
                + HexFormat.of().formatHex(random);
    }

    /** Whether a name carries the id of another run that started longer ago than {@code age}. */
    static boolean isStaleRun(String runId, Duration age) {
        var matcher = ID.matcher(runId);
        if (!matcher.matches() || runId.equals(ID_VALUE)) {
            return false;
        }
        var started = LocalDateTime.parse(matcher.group(1), STAMP).toInstant(ZoneOffset.UTC);
        return started.isBefore(java.time.Instant.now().minus(age));
    }
}
