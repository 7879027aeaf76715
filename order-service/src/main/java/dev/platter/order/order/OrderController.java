package dev.platter.order.order;

import dev.platter.platform.web.page.PageResponse;
import dev.platter.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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

/** A customer's own orders: history, one order with its timeline and handoff code, cancelling before acceptance. */
@RestController
@Validated
@RequestMapping("/api/v1/orders")
class OrderController {

    private final OrderQueries queries;
    private final OrderLifecycle lifecycle;

    OrderController(OrderQueries queries, OrderLifecycle lifecycle) {
        this.queries = queries;
        this.lifecycle = lifecycle;
    }

    @GetMapping
    PageResponse<OrderView> list(
            @AuthenticationPrincipal Jwt token,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return queries.customerOrders(CurrentUser.id(token), page, size);
    }

    @GetMapping("/{orderId}")
    OrderView get(@AuthenticationPrincipal Jwt token, @PathVariable UUID orderId) {
        return queries.customerOrder(CurrentUser.id(token), orderId);
    }

    record CancelRequest(@Nullable @Size(max = 500) String note) {}

    @PostMapping("/{orderId}/cancel")
    OrderView cancel(
            @AuthenticationPrincipal Jwt token,
            @PathVariable UUID orderId,
            @Valid @RequestBody(required = false) @Nullable CancelRequest request) {
        return lifecycle.cancelByCustomer(CurrentUser.id(token), orderId, request == null ? null : request.note());
    }
}
