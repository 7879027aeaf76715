/** A user's saved delivery addresses, one of them the default; served to order-service at checkout. */
@NullMarked
package dev.platter.user.address;

import org.jspecify.annotations.NullMarked;
