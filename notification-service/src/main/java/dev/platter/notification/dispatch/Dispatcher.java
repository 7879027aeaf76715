package dev.platter.notification.dispatch;

import dev.platter.notification.channel.ChannelSender;
import dev.platter.notification.config.NotificationProperties;
import dev.platter.notification.inapp.InboxMessages;
import dev.platter.notification.preference.Preferences;
import dev.platter.notification.replica.Contacts;
import dev.platter.notification.rule.Channel;
import dev.platter.notification.rule.NotificationRules;
import dev.platter.notification.template.Templates;
import dev.platter.platform.events.EventCatalog;
import dev.platter.platform.events.PlatterEvent;
import dev.platter.platform.web.ids.Uuids;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Applies the rules to an event, inside the consumer's transaction: for every rule of its type, the audience's user
 * and each channel get one log row (a repeated event adds none). The in-app message is written at once; the other
 * channels wait as PENDING for the {@link DeliveryWorker}, so a slow or failing provider never holds up the consumer
 * and so the order flow. A channel the user switched off, or one not configured, is recorded SKIPPED.
 */
@Service
public class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final NotificationRules rules;
    private final EventFacts facts;
    private final NotificationLog notifications;
    private final Preferences preferences;
    private final Contacts contacts;
    private final InboxMessages inbox;
    private final Templates templates;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final NotificationProperties properties;
    private final Clock clock;

    Dispatcher(
            NotificationRules rules,
            EventFacts facts,
            NotificationLog notifications,
            Preferences preferences,
            Contacts contacts,
            InboxMessages inbox,
            Templates templates,
            List<ChannelSender> senders,
            NotificationProperties properties,
            Clock clock) {
        this.rules = rules;
        this.facts = facts;
        this.notifications = notifications;
        this.preferences = preferences;
        this.contacts = contacts;
        this.inbox = inbox;
        this.templates = templates;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.properties = properties;
        this.clock = clock;
    }

    public void dispatch(PlatterEvent event) {
        var type = EventCatalog.of(event.getClass()).type();
        var matching = rules.forEventType(type);
        if (matching.isEmpty()) {
            return;
        }
        var found = facts.of(event);
        var now = clock.instant();
        for (var rule : matching) {
            var recipient = found.parties().get(rule.audience());
            if (recipient == null) {
                log.warn("{} {} names no {}: nobody to notify", type, event.eventId(), rule.audience());
                continue;
            }
            var contact = contacts.find(recipient);
            var suspended = contact.map(c -> c.suspended()).orElse(false);
            var chosen = preferences.of(recipient);
            for (var channel : rule.channels()) {
                NotificationLog.Status status;
                String outcome = null;
                if (suspended) {
                    status = NotificationLog.Status.SKIPPED;
                    outcome = "recipient suspended";
                } else if (!chosen.allows(channel)) {
                    status = NotificationLog.Status.SKIPPED;
                    outcome = "switched off by the recipient";
                } else if (channel == Channel.IN_APP) {
                    status = NotificationLog.Status.SENT;
                } else if (!senders.get(channel).enabled()) {
                    status = NotificationLog.Status.SKIPPED;
                    outcome = channel + " is not configured";
                } else {
                    status = NotificationLog.Status.PENDING;
                }
                var id = Uuids.v7();
                var recorded = notifications.insert(
                        id,
                        event.eventId(),
                        type,
                        recipient,
                        channel,
                        rule.template(),
                        found.vars(),
                        status,
                        outcome,
                        now);
                if (recorded && channel == Channel.IN_APP && status == NotificationLog.Status.SENT) {
                    var vars = new HashMap<>(found.vars());
                    contact.map(c -> c.name()).ifPresent(name -> vars.put("name", name));
                    var message = templates.render(
                            rule.template(),
                            contact.map(c -> c.locale()).orElse(null),
                            properties.defaultLocale(),
                            vars);
                    inbox.add(
                            id,
                            recipient,
                            event.eventId(),
                            type,
                            message.subject(),
                            message.shortText(),
                            found.orderId(),
                            now);
                }
            }
        }
    }
}
