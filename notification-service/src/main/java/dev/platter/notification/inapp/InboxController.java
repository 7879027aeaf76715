package dev.platter.notification.inapp;

import dev.platter.platform.web.page.PageResponse;
import dev.platter.platform.web.page.Paging;
import dev.platter.platform.web.problem.NotFoundException;
import dev.platter.platform.web.security.CurrentUser;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own inbox; someone else's message answers 404. */
@RestController
@RequestMapping("/api/v1/notifications")
@Validated
class InboxController {

    private final InboxMessages messages;
    private final Clock clock;

    InboxController(InboxMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    PageResponse<InboxMessages.Message> list(
            @AuthenticationPrincipal Jwt token,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        var me = CurrentUser.id(token);
        return Paging.response(messages.page(me, unread, page, size), page, size, messages.count(me, unread));
    }

    @GetMapping("/unread-count")
    Map<String, Long> unreadCount(@AuthenticationPrincipal Jwt token) {
        return Map.of("unread", messages.count(CurrentUser.id(token), true));
    }

    @PostMapping("/{messageId}/read")
    ResponseEntity<Void> markRead(@AuthenticationPrincipal Jwt token, @PathVariable UUID messageId) {
        if (!messages.markRead(CurrentUser.id(token), messageId, clock.instant())) {
            throw new NotFoundException("No notification " + messageId);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    Map<String, Integer> markAllRead(@AuthenticationPrincipal Jwt token) {
        return Map.of("marked", messages.markAllRead(CurrentUser.id(token), clock.instant()));
    }
}
