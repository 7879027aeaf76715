/** Transactional outbox: events recorded with the state change and relayed to Kafka after commit. */
@NullMarked
package dev.platter.platform.web.outbox;

import org.jspecify.annotations.NullMarked;
