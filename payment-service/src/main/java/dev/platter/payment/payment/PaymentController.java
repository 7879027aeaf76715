package dev.platter.payment.payment;

import dev.platter.platform.events.Money;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.events.payment.RefundReason;
import dev.platter.platform.web.idempotency.IdempotencyFilter;
import dev.platter.platform.web.page.PageResponse;
import dev.platter.platform.web.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Payments and refunds over HTTP: order-service's internal commands, customers' own views, admins' tools. */
@RestController
@Validated
class PaymentController {

    private final PaymentService payments;
    private final RefundService refunds;

    PaymentController(PaymentService payments, RefundService refunds) {
        this.payments = payments;
        this.refunds = refunds;
    }

    /** A money amount in a request: minor units of an ISO-4217 currency. */
    record Amount(@PositiveOrZero long amountMinor, @NotNull @Pattern(regexp = "[A-Z]{3}") String currency) {
        Money money() {
            return Money.of(amountMinor, currency);
        }
    }

    record CreatePaymentRequest(
            @NotNull UUID orderId,
            @NotNull UUID customerId,
            @NotNull UUID restaurantId,
            @NotNull PaymentMethod method,
            @NotNull @Valid Amount total,
            @Nullable @Valid Amount walletAmount,
            @Nullable @Size(min = 1, max = 32) String promoCode,
            @Nullable @Valid Amount discount,
            @Nullable @Valid Amount itemsTotal) {

        CreatePayment command() {
            var currency = total.currency();
            return new CreatePayment(
                    orderId,
                    customerId,
                    restaurantId,
                    method,
                    total.money(),
                    walletAmount == null ? Money.zero(currency) : walletAmount.money(),
                    promoCode,
                    discount == null ? null : discount.money(),
                    itemsTotal == null ? null : itemsTotal.money());
        }
    }

    record RefundRequest(
            @NotBlank @Size(max = 200) String refundKey,
            @NotNull UUID orderId,
            @NotNull @Valid Amount amount,
            @NotNull RefundDestination destination,
            @Nullable @Size(max = 500) String note) {}

    record AdminRefundRequest(
            @NotNull @Valid Amount amount,
            @NotNull RefundDestination destination,
            @NotBlank @Size(max = 500) String note) {}

    @PostMapping("/internal/payments")
    ResponseEntity<PaymentView> create(@RequestBody @Valid CreatePaymentRequest request) {
        var created = payments.create(request.command());
        return ResponseEntity.status(created.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(created.payment());
    }

    @GetMapping("/internal/payments")
    PaymentView ofOrder(@RequestParam UUID orderId) {
        return payments.byOrder(orderId);
    }

    @PostMapping("/internal/refunds")
    ResponseEntity<RefundView> refund(@RequestBody @Valid RefundRequest request) {
        if (request.amount().amountMinor() <= 0) {
            throw new RefundExceedsCaptured("A refund is a positive amount");
        }
        var requested = refunds.request(new RefundService.RequestRefund(
                null,
                request.orderId(),
                request.refundKey(),
                request.amount().money(),
                request.destination(),
                RefundReason.SUPPORT_CASE,
                null,
                request.note()));
        return ResponseEntity.status(requested.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(requested.refund());
    }

    @GetMapping("/api/v1/payments")
    PageResponse<PaymentView> mine(
            @AuthenticationPrincipal Jwt token,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) int size) {
        return payments.ofCustomer(CurrentUser.id(token), page, size);
    }

    @GetMapping("/api/v1/payments/{paymentId}")
    PaymentView one(@AuthenticationPrincipal Jwt token, @PathVariable UUID paymentId) {
        return payments.forCustomer(CurrentUser.id(token), paymentId);
    }

    @GetMapping("/api/v1/admin/payments")
    PageResponse<PaymentView> all(
            @RequestParam(required = false) @Nullable PaymentStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) int size) {
        return payments.all(status, page, size);
    }

    @GetMapping("/api/v1/admin/payments/{paymentId}")
    PaymentView forAdmin(@PathVariable UUID paymentId) {
        return payments.byId(paymentId);
    }

    @GetMapping("/api/v1/admin/payments/{paymentId}/refunds")
    List<RefundView> refundsOf(@PathVariable UUID paymentId) {
        payments.byId(paymentId);
        return payments.refundsOf(paymentId);
    }

    @PostMapping("/api/v1/admin/payments/{paymentId}/refunds")
    ResponseEntity<RefundView> refundByHand(
            @AuthenticationPrincipal Jwt token,
            @PathVariable UUID paymentId,
            @RequestBody @Valid AdminRefundRequest request,
            HttpServletRequest http) {
        if (request.amount().amountMinor() <= 0) {
            throw new RefundExceedsCaptured("A refund is a positive amount");
        }
        var adminId = CurrentUser.id(token);
        var key = (String) http.getAttribute(IdempotencyFilter.KEY_ATTRIBUTE);
        var requested = refunds.request(new RefundService.RequestRefund(
                paymentId,
                null,
                "admin:" + adminId + ":" + key,
                request.amount().money(),
                request.destination(),
                RefundReason.SUPPORT_CASE,
                adminId,
                request.note()));
        return ResponseEntity.status(HttpStatus.CREATED).body(requested.refund());
    }
}
