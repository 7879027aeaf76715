/** Menus: categories, items and option groups, their rules, the Redis-cached menu read, and MenuChanged. */
@NullMarked
package dev.platter.restaurant.menu;

import org.jspecify.annotations.NullMarked;
