/** Riders' operational state: profiles from RiderApproved, shifts (online, offline), ratings, live positions in Redis GEO. */
@NullMarked
package dev.platter.delivery.rider;

import org.jspecify.annotations.NullMarked;
