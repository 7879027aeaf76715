/** The Kafka listeners that keep the catalogue, the index, popularity and customers' tastes current. */
@NullMarked
package dev.platter.search.messaging;

import org.jspecify.annotations.NullMarked;
