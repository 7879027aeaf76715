/** Events of user-service: accounts, contact details, suspensions and approved rider and owner applications. */
@NullMarked
package dev.platter.platform.events.user;

import org.jspecify.annotations.NullMarked;
