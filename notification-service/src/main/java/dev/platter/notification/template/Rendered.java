package dev.platter.notification.template;

import org.jspecify.annotations.Nullable;

/**
 * A template filled in for one recipient.
 *
 * @param subject the mail subject, also the push and inbox title
 * @param shortText one or two sentences: push body, SMS and inbox text
 * @param text the plain-text mail body, if the template has one
 * @param html the HTML mail body, if the template has one
 */
public record Rendered(String subject, String shortText, @Nullable String text, @Nullable String html) {}
