/**
 * Reading the rollups: overviews, per-minute series, restaurant rankings and riders' performance over a validated
 * time range, for operations (any scope) and owners (their own restaurants only).
 */
@NullMarked
package dev.platter.analytics.query;

import org.jspecify.annotations.NullMarked;
