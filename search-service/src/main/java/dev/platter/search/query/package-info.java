/**
 * The public searches: restaurants (text with typo tolerance, filters, sorts, the dishes that matched), dishes near
 * a customer, and as-you-type suggestions.
 */
@NullMarked
package dev.platter.search.query;

import org.jspecify.annotations.NullMarked;
