/** Idempotency-Key support: a repeated command replays its stored response instead of running twice. */
@NullMarked
package dev.platter.platform.web.idempotency;

import org.jspecify.annotations.NullMarked;
