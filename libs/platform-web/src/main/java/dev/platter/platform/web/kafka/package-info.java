/** Kafka plumbing: topics, event deserialisation, bounded retries and dead-letter topics. */
@NullMarked
package dev.platter.platform.web.kafka;

import org.jspecify.annotations.NullMarked;
