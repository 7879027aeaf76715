/** The notification rules: which event notifies which audience on which channels with which template, as data. */
@NullMarked
package dev.platter.notification.rule;

import org.jspecify.annotations.NullMarked;
