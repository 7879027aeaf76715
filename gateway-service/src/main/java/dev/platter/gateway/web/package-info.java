/** Problem JSON for everything the gateway itself answers, and request limits. */
@NullMarked
package dev.platter.gateway.web;

import org.jspecify.annotations.NullMarked;
