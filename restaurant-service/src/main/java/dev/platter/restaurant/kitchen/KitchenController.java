package dev.platter.restaurant.kitchen;

import dev.platter.platform.events.restaurant.TicketRejected;
import dev.platter.platform.web.page.PageResponse;
import dev.platter.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The owner's kitchen queue: list tickets, accept, reject, start cooking, mark ready. */
@RestController
@RequestMapping("/api/v1/kitchen/tickets")
class KitchenController {

    private final KitchenService kitchen;

    KitchenController(KitchenService kitchen) {
        this.kitchen = kitchen;
    }

    @GetMapping
    PageResponse<TicketView> list(
            @AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) @Nullable UUID restaurantId,
            @RequestParam(required = false) @Nullable @Size(max = 7) List<TicketStatus> status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return kitchen.list(CurrentUser.id(token), restaurantId, status, page, size);
    }

    @GetMapping("/{ticketId}")
    TicketView get(@AuthenticationPrincipal Jwt token, @PathVariable UUID ticketId) {
        return kitchen.get(CurrentUser.id(token), ticketId);
    }

    record AcceptRequest(@Min(1) @Max(180) int prepMinutes) {}

    @PostMapping("/{ticketId}/accept")
    TicketView accept(
            @AuthenticationPrincipal Jwt token,
            @PathVariable UUID ticketId,
            @Valid @RequestBody AcceptRequest request) {
        return kitchen.accept(CurrentUser.id(token), ticketId, request.prepMinutes());
    }

    record RejectRequest(TicketRejected.@NotNull Reason reason, @Nullable @Size(max = 500) String note) {

        @AssertTrue(message = "TIMEOUT is only set by the acceptance timeout")
        boolean isReasonAnOwnerReason() {
            return reason != TicketRejected.Reason.TIMEOUT;
        }
    }

    @PostMapping("/{ticketId}/reject")
    TicketView reject(
            @AuthenticationPrincipal Jwt token,
            @PathVariable UUID ticketId,
            @Valid @RequestBody RejectRequest request) {
        return kitchen.reject(CurrentUser.id(token), ticketId, request.reason(), request.note());
    }

    @PostMapping("/{ticketId}/start")
    TicketView start(@AuthenticationPrincipal Jwt token, @PathVariable UUID ticketId) {
        return kitchen.startPreparation(CurrentUser.id(token), ticketId);
    }

    @PostMapping("/{ticketId}/ready")
    TicketView ready(@AuthenticationPrincipal Jwt token, @PathVariable UUID ticketId) {
        return kitchen.markReady(CurrentUser.id(token), ticketId);
    }
}
