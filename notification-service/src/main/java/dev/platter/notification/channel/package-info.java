/** The outbound channels: email over SMTP, push through Firebase Cloud Messaging, SMS through Twilio. */
@NullMarked
package dev.platter.notification.channel;

import org.jspecify.annotations.NullMarked;
