package dev.platter.payment.promotion;

import dev.platter.payment.promotion.PromoProblem.Reason;
import dev.platter.platform.events.Money;
import dev.platter.platform.web.ids.Uuids;
import dev.platter.platform.web.page.PageResponse;
import dev.platter.platform.web.page.Paging;
import dev.platter.platform.web.problem.NotFoundException;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Promo codes: evaluation without side effects, and the use of a code reserved against an order at payment creation,
 * confirmed on delivery, released when the order ends undelivered. The reservation is one conditional update of the
 * code's row (it holds the row lock for the rest of the transaction), so the last use goes to exactly one order and a
 * customer's own concurrent orders are counted one after the other.
 */
@Service
public class PromotionService {

    private final PromoCodeRepository codes;
    private final JdbcTemplate jdbc;
    private final EntityManager entities;
    private final Clock clock;

    PromotionService(PromoCodeRepository codes, JdbcTemplate jdbc, EntityManager entities, Clock clock) {
        this.codes = codes;
        this.jdbc = jdbc;
        this.entities = entities;
        this.clock = clock;
    }

    @Transactional
    public PromoView create(PromoTerms terms, @Nullable UUID adminId) {
        if (codes.findByCode(PromoCode.normalize(terms.code())).isPresent()) {
            throw new PromoCodeTaken(terms.code());
        }
        try {
            var promo = codes.saveAndFlush(new PromoCode(terms, adminId, clock.instant()));
            return PromoView.of(promo);
        } catch (DataIntegrityViolationException raced) {
            throw new PromoCodeTaken(terms.code());
        }
    }

    @Transactional(readOnly = true)
    public PageResponse<PromoView> list(int page, int size) {
        return Paging.response(
                codes.findAll(PageRequest.of(page, Paging.size(size), Sort.by(Sort.Direction.DESC, "createdAt"))),
                PromoView::of);
    }

    @Transactional
    public PromoView deactivate(UUID id) {
        var promo = codes.findById(id).orElseThrow(() -> new NotFoundException("No promo code " + id));
        promo.deactivate();
        return PromoView.of(codes.saveAndFlush(promo));
    }

    /** The discount the code gives this cart now (no side effect). */
    @Transactional(readOnly = true)
    public Money evaluate(String code, Cart cart, @Nullable UUID orderId) {
        var promo = find(code);
        return promo.discountFor(
                cart,
                clock.instant(),
                customerUses(promo.id(), cart.customerId(), orderId),
                firstOrder(cart.customerId(), orderId));
    }

    /**
     * Reserves a use of the code for the order, in the caller's transaction; the discount must be what the code gives
     * now. Repeating it for the same order changes nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reserve(String code, UUID orderId, Cart cart, Money expectedDiscount) {
        var promo = find(code);
        if (jdbc.queryForObject("select count(*) from promo_uses where order_id = ?", Integer.class, orderId) > 0) {
            return;
        }
        // Lock the code's row first: everything below is judged on counts nobody else can change meanwhile.
        jdbc.queryForObject("select id from promo_codes where id = ? for update", UUID.class, promo.id());
        entities.refresh(promo);
        var discount = promo.discountFor(
                cart,
                clock.instant(),
                customerUses(promo.id(), cart.customerId(), orderId),
                firstOrder(cart.customerId(), orderId));
        if (!discount.equals(expectedDiscount)) {
            throw new PromoProblem(
                    Reason.DISCOUNT_MISMATCH,
                    "Promo code " + promo.code() + " gives " + discount.amountMinor() + " now, not "
                            + expectedDiscount.amountMinor());
        }
        int updated = jdbc.update(
                """
                update promo_codes set uses_reserved = uses_reserved + 1,
                    discount_reserved_minor = discount_reserved_minor + ?
                where id = ? and active and (max_uses is null or uses_reserved < max_uses)
                    and (budget_minor is null or discount_reserved_minor + ? <= budget_minor)""",
                discount.amountMinor(),
                promo.id(),
                discount.amountMinor());
        if (updated == 0) {
            throw new PromoProblem(Reason.USED_UP, "Promo code " + promo.code() + " has no uses left");
        }
        var now = Timestamp.from(clock.instant());
        jdbc.update(
                """
                insert into promo_uses (id, promo_id, order_id, customer_id, discount_minor, status, created_at, updated_at)
                values (?, ?, ?, ?, ?, 'RESERVED', ?, ?)""",
                Uuids.v7(clock.millis()),
                promo.id(),
                orderId,
                cart.customerId(),
                discount.amountMinor(),
                now,
                now);
    }

    /** The order ended undelivered: its use goes back to the code. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean release(UUID orderId) {
        var uses = jdbc.queryForList(
                "update promo_uses set status = 'RELEASED', updated_at = ? where order_id = ? and status = 'RESERVED'"
                        + " returning promo_id, discount_minor",
                Timestamp.from(clock.instant()),
                orderId);
        for (var use : uses) {
            jdbc.update(
                    "update promo_codes set uses_reserved = uses_reserved - 1,"
                            + " discount_reserved_minor = discount_reserved_minor - ? where id = ?",
                    use.get("discount_minor"),
                    use.get("promo_id"));
        }
        return !uses.isEmpty();
    }

    /** The order was delivered: its use is spent for good. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean confirm(UUID orderId) {
        return jdbc.update(
                        "update promo_uses set status = 'CONFIRMED', updated_at = ? where order_id = ? and status = 'RESERVED'",
                        Timestamp.from(clock.instant()),
                        orderId)
                > 0;
    }

    /** The state of the order's use, if it has one. */
    @Transactional(readOnly = true)
    public @Nullable String useStatus(UUID orderId) {
        return jdbc.queryForList("select status from promo_uses where order_id = ?", String.class, orderId).stream()
                .findFirst()
                .orElse(null);
    }

    private PromoCode find(String code) {
        return codes.findByCode(PromoCode.normalize(code))
                .orElseThrow(() -> new PromoProblem(Reason.UNKNOWN, "No promo code " + PromoCode.normalize(code)));
    }

    private int customerUses(UUID promoId, UUID customerId, @Nullable UUID orderId) {
        var count = jdbc.queryForObject(
                "select count(*) from promo_uses where promo_id = ? and customer_id = ? and status <> 'RELEASED'"
                        + " and order_id is distinct from ?",
                Integer.class,
                promoId,
                customerId,
                orderId == null ? new UUID(0, 0) : orderId);
        return count == null ? 0 : count;
    }

    /** Decided from our own records: no other order of the customer has a live or taken payment. */
    private boolean firstOrder(UUID customerId, @Nullable UUID orderId) {
        var count = jdbc.queryForObject(
                "select count(*) from payments where customer_id = ? and status not in ('FAILED', 'VOIDED')"
                        + " and order_id <> ?",
                Integer.class,
                customerId,
                orderId == null ? new UUID(0, 0) : orderId);
        return count == null || count == 0;
    }

    /** Another code already has this name. */
    static class PromoCodeTaken extends dev.platter.platform.web.problem.PlatterException {

        PromoCodeTaken(String code) {
            super("Promo code " + PromoCode.normalize(code) + " exists already");
        }

        @Override
        public org.springframework.http.HttpStatus status() {
            return org.springframework.http.HttpStatus.CONFLICT;
        }

        @Override
        public String kind() {
            return "promo-code-taken";
        }

        @Override
        public String title() {
            return "Promo code exists";
        }
    }
}
