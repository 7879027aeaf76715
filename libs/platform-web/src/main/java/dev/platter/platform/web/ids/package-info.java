/** Id generation shared by every service. */
@NullMarked
package dev.platter.platform.web.ids;

import org.jspecify.annotations.NullMarked;
