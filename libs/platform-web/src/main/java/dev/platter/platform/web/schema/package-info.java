/** The platform's own tables (inbox, idempotency), migrated beside each service's schema. */
@NullMarked
package dev.platter.platform.web.schema;

import org.jspecify.annotations.NullMarked;
