package dev.platter.platform.events;

/**
 * A WGS84 position in decimal degrees.
 *
 * @param lat latitude, -90 to 90
 * @param lon longitude, -180 to 180
 */
public record GeoPoint(double lat, double lon) {

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    public GeoPoint {
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("Latitude must be within [-90, 90], was " + lat);
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("Longitude must be within [-180, 180], was " + lon);
        }
    }

    /** Great-circle (haversine) distance to {@code other}, in metres. */
    public double distanceMetresTo(GeoPoint other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
