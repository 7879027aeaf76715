package dev.platter.restaurant.restaurant;

/**
 * An average of 1 to 5 stars over {@code count} ratings (0.0 when nobody rated yet).
 *
 * @param average rounded to two decimals
 */
public record Rating(double average, int count) {

    public static final Rating NONE = new Rating(0.0, 0);

    static Rating of(long sum, int count) {
        return count == 0 ? NONE : new Rating(Math.round(sum * 100.0 / count) / 100.0, count);
    }
}
