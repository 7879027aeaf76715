/**
 * The catalogue search is built from: a replica of every restaurant (profile, availability, menu, rating,
 * popularity) merged from restaurant and order events and from restaurant-service's export, each part only by a newer
 * version.
 */
@NullMarked
package dev.platter.search.catalogue;

import org.jspecify.annotations.NullMarked;
