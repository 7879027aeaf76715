/**
 * Test support: the real infrastructure with per-run isolation, test tokens the services trust, reading Kafka
 * topics, and Platter services started from their jars.
 */
@NullMarked
package dev.platter.platform.test;

import org.jspecify.annotations.NullMarked;
