/** Wiring that belongs to no module: the Elasticsearch client, security, outbound REST clients, properties. */
@NullMarked
package dev.platter.search.config;

import org.jspecify.annotations.NullMarked;
