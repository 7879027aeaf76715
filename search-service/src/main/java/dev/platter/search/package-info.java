/** search-service: Search and recommendations over Elasticsearch. */
@NullMarked
package dev.platter.search;

import org.jspecify.annotations.NullMarked;
