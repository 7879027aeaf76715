/**
 * Consuming the event topics: each event handled once (inbox) into the facts of its order or the shifts of its
 * rider, the rollups it touches recomputed in the same transaction; and the replay that rebuilds it all.
 */
@NullMarked
package dev.platter.analytics.ingest;

import org.jspecify.annotations.NullMarked;
