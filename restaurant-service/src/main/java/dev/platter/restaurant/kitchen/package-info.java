/** The kitchen: tickets opened from placed orders, the owner's accept/reject/cook/ready, the acceptance timeout. */
@NullMarked
package dev.platter.restaurant.kitchen;

import org.jspecify.annotations.NullMarked;
