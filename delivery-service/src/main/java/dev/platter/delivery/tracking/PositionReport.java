package dev.platter.delivery.tracking;

import java.util.List;

/**
 * What came of a batch of positions: how many were taken, which were flagged (stored in the trail, not used as the
 * live position) and which refused, by their index in the request.
 */
record PositionReport(int accepted, List<Issue> flagged, List<Issue> refused) {

    /** Why a point was not taken as it came. */
    enum Reason {
        /** Not newer than the last position already stored. */
        OLDER_THAN_LAST,
        /** Stamped in the future. */
        IN_THE_FUTURE,
        /** Implies a speed no rider reaches from the previous position. */
        IMPLAUSIBLE_JUMP
    }

    record Issue(int index, Reason reason) {}
}
