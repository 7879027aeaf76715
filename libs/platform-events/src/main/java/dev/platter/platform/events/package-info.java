/** The published language between Platter's services: event contracts, shared value types, topic and header names. */
@NullMarked
package dev.platter.platform.events;

import org.jspecify.annotations.NullMarked;
