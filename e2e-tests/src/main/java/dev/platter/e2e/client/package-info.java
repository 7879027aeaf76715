/** Platter's public API as an app calls it: JSON over HTTP with a bearer token, and the actors of a city. */
@NullMarked
package dev.platter.e2e.client;

import org.jspecify.annotations.NullMarked;
