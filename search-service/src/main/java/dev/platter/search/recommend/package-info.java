/** Recommendations: what a customer ordered before (their cuisines, dishes, restaurants) plus what is popular nearby. */
@NullMarked
package dev.platter.search.recommend;

import org.jspecify.annotations.NullMarked;
