package dev.platter.notification.rule;

/** Where a notification goes. */
public enum Channel {
    /** The user's in-app inbox (and the badge of unread ones). */
    IN_APP,
    /** A push notification to the user's registered devices (Firebase Cloud Messaging). */
    PUSH,
    /** A mail with plain text and HTML parts (SMTP). */
    EMAIL,
    /** A text message (Twilio), for the few updates that need it. */
    SMS
}
