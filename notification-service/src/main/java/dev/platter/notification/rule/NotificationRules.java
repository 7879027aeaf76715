package dev.platter.notification.rule;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rules table ({@code notification_rule}), read once at start: which events notify whom, where, and how. Changing
 * who hears about what is a data change (a migration), not code.
 */
@Component
public class NotificationRules {

    private final Map<String, List<NotificationRule>> byEventType;

    NotificationRules(JdbcClient jdbc) {
        this.byEventType = jdbc
                .sql("select event_type, audience, channels, template from notification_rule")
                .query((rs, row) -> new NotificationRule(
                        rs.getString("event_type"),
                        Audience.valueOf(rs.getString("audience")),
                        Arrays.stream((String[]) rs.getArray("channels").getArray())
                                .map(Channel::valueOf)
                                .toList(),
                        rs.getString("template")))
                .list()
                .stream()
                .collect(Collectors.groupingBy(NotificationRule::eventType));
    }

    public List<NotificationRule> forEventType(String eventType) {
        return byEventType.getOrDefault(eventType, List.of());
    }

    /** Every template some rule names. */
    public List<String> templates() {
        return byEventType.values().stream()
                .flatMap(List::stream)
                .map(NotificationRule::template)
                .distinct()
                .toList();
    }
}
