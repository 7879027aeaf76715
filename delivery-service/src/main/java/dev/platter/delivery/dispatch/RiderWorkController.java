package dev.platter.delivery.dispatch;

import dev.platter.platform.web.page.PageResponse;
import dev.platter.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rider's work: their current offer and their answer, their deliveries and the steps to the handoff, their
 * earnings. Every offer and delivery is looked up as the caller's own; someone else's answers 404.
 */
@RestController
@Validated
@RequestMapping("/api/v1/riders/me")
class RiderWorkController {

    private final DeliveryLifecycle lifecycle;
    private final DeliveryQueries queries;

    RiderWorkController(DeliveryLifecycle lifecycle, DeliveryQueries queries) {
        this.lifecycle = lifecycle;
        this.queries = queries;
    }

    /** The pending offer, or 204 when there is none. */
    @GetMapping("/offer")
    ResponseEntity<OfferView> offer(@AuthenticationPrincipal Jwt token) {
        return queries.currentOffer(CurrentUser.id(token))
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping("/offers/{offerId}/accept")
    RiderDeliveryView accept(@AuthenticationPrincipal Jwt token, @PathVariable UUID offerId) {
        return lifecycle.accept(CurrentUser.id(token), offerId);
    }

    record DeclineRequest(@Nullable @Size(max = 300) String reason) {}

    @PostMapping("/offers/{offerId}/decline")
    ResponseEntity<Void> decline(
            @AuthenticationPrincipal Jwt token,
            @PathVariable UUID offerId,
            @Valid @RequestBody(required = false) @Nullable DeclineRequest request) {
        lifecycle.decline(CurrentUser.id(token), offerId, request == null ? null : request.reason());
        return ResponseEntity.noContent().build();
    }

    /** What the rider carries now. */
    @GetMapping("/deliveries")
    List<RiderDeliveryView> active(@AuthenticationPrincipal Jwt token) {
        return queries.active(CurrentUser.id(token));
    }

    @GetMapping("/deliveries/delivered")
    PageResponse<RiderDeliveryView> delivered(
            @AuthenticationPrincipal Jwt token,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return queries.delivered(CurrentUser.id(token), page, size);
    }

    @GetMapping("/deliveries/{deliveryId}")
    RiderDeliveryView delivery(@AuthenticationPrincipal Jwt token, @PathVariable UUID deliveryId) {
        return queries.ridersDelivery(CurrentUser.id(token), deliveryId);
    }

    @PostMapping("/deliveries/{deliveryId}/arrived")
    RiderDeliveryView arrived(@AuthenticationPrincipal Jwt token, @PathVariable UUID deliveryId) {
        return lifecycle.arrived(CurrentUser.id(token), deliveryId);
    }

    @PostMapping("/deliveries/{deliveryId}/picked-up")
    RiderDeliveryView pickedUp(@AuthenticationPrincipal Jwt token, @PathVariable UUID deliveryId) {
        return lifecycle.pickedUp(CurrentUser.id(token), deliveryId);
    }

    record HandoffRequest(@NotNull @Pattern(regexp = "[0-9]{4}", message = "is 4 digits") String code) {}

    /** The customer's code completes the delivery; a wrong one is 422 (the count is kept), then admins take over. */
    @PostMapping("/deliveries/{deliveryId}/handoff")
    RiderDeliveryView handOver(
            @AuthenticationPrincipal Jwt token,
            @PathVariable UUID deliveryId,
            @Valid @RequestBody HandoffRequest request) {
        var riderId = CurrentUser.id(token);
        var handoff = lifecycle.handOver(riderId, deliveryId, request.code());
        if (!handoff.delivered()) {
            throw new WrongHandoffCode(handoff.attemptsLeft());
        }
        return queries.ridersDelivery(riderId, deliveryId);
    }

    /** Deliveries and earnings per day; by default the last 7 days (UTC). */
    @GetMapping("/earnings")
    EarningsView earnings(
            @AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        return queries.earnings(CurrentUser.id(token), from, to);
    }
}
