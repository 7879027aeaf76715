/**
 * The Elasticsearch index: its versioned mapping, the documents written from the catalogue (external versions, so an
 * older write never replaces a newer one), the alias searches read through, and rebuilds that switch it atomically.
 */
@NullMarked
package dev.platter.search.index;

import org.jspecify.annotations.NullMarked;
