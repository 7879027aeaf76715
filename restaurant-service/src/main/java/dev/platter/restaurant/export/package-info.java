/** The bulk export search-service rebuilds its index from: published restaurants with their menus and versions. */
@NullMarked
package dev.platter.restaurant.export;

import org.jspecify.annotations.NullMarked;
