/** Platform defaults, properties and wiring that belongs to no single concern. */
@NullMarked
package dev.platter.platform.web.config;

import org.jspecify.annotations.NullMarked;
