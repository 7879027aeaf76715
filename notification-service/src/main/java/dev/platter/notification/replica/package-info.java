/** Local replicas fed by events: contacts (users), restaurant owners, and who each order belongs to. */
@NullMarked
package dev.platter.notification.replica;

import org.jspecify.annotations.NullMarked;
