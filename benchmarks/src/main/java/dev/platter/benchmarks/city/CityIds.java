package dev.platter.benchmarks.city;

import java.util.UUID;

/**
 * The ids of the benchmark city, the same on every run: a version-7 layout whose timestamp is fixed and whose random
 * bits are a kind and an index. Seeding again finds (and skips) what an earlier seeding made; a run knows every id
 * without asking a database; events made for an entity get the same event id each time, so consumers' inboxes drop a
 * repeat.
 */
public final class CityIds {

    /** 2026-01-01T00:00:00Z, the timestamp part of every id. */
    private static final long EPOCH_MILLIS = 1_767_225_600_000L;

    /** What an id names. */
    public enum Kind {
        CUSTOMER,
        OWNER,
        RIDER,
        ADDRESS,
        RESTAURANT,
        CATEGORY,
        ITEM,
        OPTION_GROUP,
        OPTION,
        EVENT_RIDER_APPROVED,
        EVENT_RESTAURANT_UPSERTED,
        EVENT_MENU_CHANGED,
        APPLICATION
    }

    private CityIds() {}

    /** The id of the {@code index}-th entity of a kind (index below 2^62). */
    public static UUID of(Kind kind, long index) {
        long msb = (EPOCH_MILLIS << 16) | 0x7000L | (kind.ordinal() & 0xFFFL);
        long lsb = 0x8000_0000_0000_0000L | (index & 0x3FFF_FFFF_FFFF_FFFFL);
        return new UUID(msb, lsb);
    }

    /** The index of an id of that kind; -1 if it is not one. */
    public static long indexOf(Kind kind, UUID id) {
        return of(kind, 0).getMostSignificantBits() == id.getMostSignificantBits()
                ? id.getLeastSignificantBits() & 0x3FFF_FFFF_FFFF_FFFFL
                : -1;
    }

    /** An index made of a parent's index and a child's position under it (at most 4,096 children). */
    public static long child(long parent, int position) {
        return (parent << 12) | (position & 0xFFF);
    }
}
