package dev.platter.search.query;

import dev.platter.platform.events.GeoPoint;

/** Where the customer is: WGS84 degrees. */
public record Location(double lat, double lon) {

    public GeoPoint point() {
        return new GeoPoint(lat, lon);
    }
}
