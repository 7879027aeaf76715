package dev.platter.notification.dispatch;

import dev.platter.platform.web.page.PageResponse;
import dev.platter.platform.web.page.Paging;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admins read the notification log of a user: every notification with its channel, outcome and attempts. */
@RestController
@RequestMapping("/api/v1/admin/notifications")
@Validated
class AdminNotificationController {

    private final NotificationLog notifications;

    AdminNotificationController(NotificationLog notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    PageResponse<NotificationLog.Entry> forRecipient(
            @RequestParam UUID recipientId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return Paging.response(
                notifications.forRecipient(recipientId, page, size),
                page,
                size,
                notifications.countForRecipient(recipientId));
    }
}
