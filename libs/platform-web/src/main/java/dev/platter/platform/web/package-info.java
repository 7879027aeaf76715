/** Shared web, security and messaging plumbing for every Platter service; no business rules. */
@NullMarked
package dev.platter.platform.web;

import org.jspecify.annotations.NullMarked;
