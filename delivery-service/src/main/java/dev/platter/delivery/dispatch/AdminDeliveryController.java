package dev.platter.delivery.dispatch;

import dev.platter.platform.web.page.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ops watch over deliveries (by status, e.g. the unassigned ones), assign or reassign by hand, complete a handoff that
 * failed at the door, read earnings.
 */
@RestController
@Validated
class AdminDeliveryController {

    private final DeliveryLifecycle lifecycle;
    private final DeliveryQueries queries;

    AdminDeliveryController(DeliveryLifecycle lifecycle, DeliveryQueries queries) {
        this.lifecycle = lifecycle;
        this.queries = queries;
    }

    @GetMapping("/api/v1/admin/deliveries")
    PageResponse<AdminDeliveryView> list(
            @RequestParam(required = false) @Nullable Set<DeliveryStatus> status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return queries.adminList(
                status == null ? EnumSet.noneOf(DeliveryStatus.class) : EnumSet.copyOf(status), page, size);
    }

    @GetMapping("/api/v1/admin/deliveries/{deliveryId}")
    AdminDeliveryView get(@PathVariable UUID deliveryId) {
        return queries.adminView(deliveryId);
    }

    record AssignRequest(@NotNull UUID riderId) {}

    @PostMapping("/api/v1/admin/deliveries/{deliveryId}/assign")
    AdminDeliveryView assign(@PathVariable UUID deliveryId, @Valid @RequestBody AssignRequest request) {
        return lifecycle.assignByHand(deliveryId, request.riderId());
    }

    /** Ops confirm a handoff themselves, e.g. after the rider's codes failed and support reached the customer. */
    @PostMapping("/api/v1/admin/deliveries/{deliveryId}/complete")
    AdminDeliveryView complete(@PathVariable UUID deliveryId) {
        return lifecycle.completeByHand(deliveryId);
    }

    @GetMapping("/api/v1/admin/riders/{riderId}/earnings")
    EarningsView earnings(
            @PathVariable UUID riderId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        return queries.earnings(riderId, from, to);
    }
}
