package dev.platter.order.order;

import dev.platter.platform.events.order.OrderCancelled;
import dev.platter.platform.web.page.PageResponse;
import dev.platter.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders as the people around them read them: owners their restaurants' orders, riders the ones they deliver, admins
 * any order (searchable), and an admin's cancellation with a refund.
 */
@RestController
@Validated
class StaffOrderController {

    private final OrderQueries queries;
    private final OrderLifecycle lifecycle;

    StaffOrderController(OrderQueries queries, OrderLifecycle lifecycle) {
        this.queries = queries;
        this.lifecycle = lifecycle;
    }

    @GetMapping("/api/v1/orders/restaurant")
    PageResponse<OrderView> ownerOrders(
            @AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) @Nullable UUID restaurantId,
            @RequestParam(required = false) @Nullable @Size(max = 9) List<OrderStatus> status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return queries.ownerOrders(CurrentUser.id(token), restaurantId, status, page, size);
    }

    @GetMapping("/api/v1/orders/restaurant/{orderId}")
    OrderView ownerOrder(@AuthenticationPrincipal Jwt token, @PathVariable UUID orderId) {
        return queries.ownerOrder(CurrentUser.id(token), orderId);
    }

    @GetMapping("/api/v1/orders/deliveries")
    PageResponse<RiderOrderView> riderOrders(
            @AuthenticationPrincipal Jwt token,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return queries.riderOrders(CurrentUser.id(token), page, size);
    }

    @GetMapping("/api/v1/orders/deliveries/{orderId}")
    RiderOrderView riderOrder(@AuthenticationPrincipal Jwt token, @PathVariable UUID orderId) {
        return queries.riderOrder(CurrentUser.id(token), orderId);
    }

    @GetMapping("/api/v1/admin/orders")
    PageResponse<OrderView> search(
            @RequestParam(required = false) @Nullable @Size(max = 9) List<OrderStatus> status,
            @RequestParam(required = false) @Nullable UUID restaurantId,
            @RequestParam(required = false) @Nullable UUID customerId,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return queries.search(status, restaurantId, customerId, from, to, page, size);
    }

    @GetMapping("/api/v1/admin/orders/{orderId}")
    OrderView adminOrder(@PathVariable UUID orderId) {
        return queries.adminOrder(orderId);
    }

    /**
     * @param refund FULL, NONE, or PARTIAL with {@code amountMinor} in the order's currency
     */
    record AdminCancelRequest(
            OrderCancelled.@NotNull Reason reason,
            @Nullable @Size(max = 500) String note,
            @NotNull @Valid Refund refund) {

        record Refund(OrderCancelled.Refund.@NotNull Type type, @Nullable @Positive Long amountMinor) {

            @AssertTrue(message = "a PARTIAL refund names its amountMinor; FULL and NONE do not")
            boolean isAmountGivenExactlyForPartial() {
                return (type == OrderCancelled.Refund.Type.PARTIAL) == (amountMinor != null);
            }
        }

        @AssertTrue(
                message = "CUSTOMER_REQUEST, PAYMENT_FAILED, PAYMENT_EXPIRED and PAYMENT_REFUSED are not an admin's")
        boolean isReasonAnAdminReason() {
            return reason == null
                    || reason == OrderCancelled.Reason.NO_RIDER_AVAILABLE
                    || reason == OrderCancelled.Reason.RESTAURANT_ISSUE
                    || reason == OrderCancelled.Reason.OTHER;
        }
    }

    @PostMapping("/api/v1/admin/orders/{orderId}/cancel")
    OrderView adminCancel(
            @AuthenticationPrincipal Jwt token,
            @PathVariable UUID orderId,
            @Valid @RequestBody AdminCancelRequest request) {
        return lifecycle.cancelByAdmin(
                CurrentUser.id(token),
                orderId,
                request.reason(),
                request.note(),
                new RefundDecision(request.refund().type(), request.refund().amountMinor()));
    }
}
