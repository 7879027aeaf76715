/** Consumer-side de-duplication: each event id is handled once per consumer. */
@NullMarked
package dev.platter.platform.web.inbox;

import org.jspecify.annotations.NullMarked;
