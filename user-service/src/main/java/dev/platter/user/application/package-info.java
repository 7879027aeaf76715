/** Rider and restaurant-owner applications, and their approval or rejection by an admin. */
@NullMarked
package dev.platter.user.application;

import org.jspecify.annotations.NullMarked;
