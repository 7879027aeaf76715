/** user-service: Users, credentials, tokens, addresses, rider and owner applications, signing keys. */
@NullMarked
package dev.platter.user;

import org.jspecify.annotations.NullMarked;
