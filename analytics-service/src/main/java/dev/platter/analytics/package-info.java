/** analytics-service: Event facts and rollups for operations and owners. */
@NullMarked
package dev.platter.analytics;

import org.jspecify.annotations.NullMarked;
