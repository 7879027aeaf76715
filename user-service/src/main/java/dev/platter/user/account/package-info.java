/** Accounts: registration, credentials, profile, roles, suspension and the bootstrap admin. */
@NullMarked
package dev.platter.user.account;

import org.jspecify.annotations.NullMarked;
