/**
 * Rollups per minute, hour and day, recomputed from the facts (never incremented), so they are exact whatever order
 * the events arrived in and however often.
 */
@NullMarked
package dev.platter.analytics.rollup;

import org.jspecify.annotations.NullMarked;
