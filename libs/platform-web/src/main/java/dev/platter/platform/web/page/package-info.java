/** The paged-list response shape shared by every service. */
@NullMarked
package dev.platter.platform.web.page;

import org.jspecify.annotations.NullMarked;
