package dev.platter.payment.loyalty;

import dev.platter.payment.wallet.Ledger;
import dev.platter.payment.wallet.LedgerKind;
import dev.platter.platform.events.Money;
import dev.platter.platform.web.ids.Uuids;
import dev.platter.platform.web.problem.PlatterException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loyalty points: earned once per delivered order, reversed in proportion to what is refunded of it, redeemed into
 * wallet credit. The balance row is changed by conditional updates, so concurrent redemptions never spend a point
 * twice. A reversal may take the balance below zero when the points were already redeemed: the debt is paid by the
 * next points earned, and nothing can be redeemed meanwhile.
 */
@Service
public class LoyaltyService {

    private final JdbcTemplate jdbc;
    private final Ledger ledger;
    private final LoyaltyProperties properties;
    private final Clock clock;

    LoyaltyService(JdbcTemplate jdbc, Ledger ledger, LoyaltyProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.properties = properties;
        this.clock = clock;
    }

    /** A customer's points and what they are worth. */
    public record Points(UUID customerId, long points, long pointValueMinor) {}

    /** A redemption: points spent, credit given. */
    public record Redemption(UUID redemptionId, long points, Money credit, Points balance) {}

    /** Earns the points of a delivered order (once). */
    @Transactional(propagation = Propagation.MANDATORY)
    public long earn(UUID customerId, UUID orderId, Money paid) {
        long points = properties.pointsFor(paid.amountMinor());
        if (points == 0 || !record(customerId, "EARN", orderId.toString(), orderId, points)) {
            return 0;
        }
        return points;
    }

    /**
     * Takes back the points earned on the part of the order that was refunded: after all refunds of an order, the
     * points kept are those of what the customer finally paid.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long reverse(UUID customerId, UUID orderId, UUID refundId, long paidMinor, long refundedMinorSoFar) {
        var earned = jdbc
                .queryForList(
                        "select points from loyalty_entries where kind = 'EARN' and order_id = ?", Long.class, orderId)
                .stream()
                .findFirst()
                .orElse(0L);
        if (earned == 0) {
            return 0;
        }
        var reversed = jdbc.queryForObject(
                "select coalesce(-sum(points), 0) from loyalty_entries where kind = 'REVERSE' and order_id = ?",
                Long.class,
                orderId);
        long keep = properties.pointsFor(Math.max(0, paidMinor - refundedMinorSoFar));
        long toReverse = Math.max(0, earned - keep - (reversed == null ? 0 : reversed));
        if (toReverse == 0 || !record(customerId, "REVERSE", refundId.toString(), orderId, -toReverse)) {
            return 0;
        }
        return toReverse;
    }

    @Transactional
    public Redemption redeem(UUID customerId, long points, String reference, String currency) {
        if (points < properties.minRedeemPoints()) {
            throw new RedemptionRefused("At least " + properties.minRedeemPoints() + " points are redeemed at once");
        }
        var redemptionId = Uuids.v7(clock.millis());
        var now = Timestamp.from(clock.instant());
        int inserted = jdbc.update(
                """
                insert into loyalty_entries (id, customer_id, kind, reference, order_id, points, created_at)
                values (?, ?, 'REDEEM', ?, null, ?, ?) on conflict (kind, reference) do nothing""",
                redemptionId,
                customerId,
                reference,
                -points,
                now);
        if (inserted == 0) {
            throw new RedemptionRefused("This redemption was made already");
        }
        int updated = jdbc.update(
                "update loyalty_balances set points = points - ?, updated_at = ? where customer_id = ? and points >= ?",
                points,
                now,
                customerId,
                points);
        if (updated == 0) {
            throw new RedemptionRefused(
                    "Not enough points: " + balance(customerId).points() + " available");
        }
        var credit = Money.of(Math.multiplyExact(points, properties.pointValueMinor()), currency);
        ledger.credit(
                LedgerKind.LOYALTY_CREDIT,
                redemptionId.toString(),
                customerId,
                credit,
                "Redeemed " + points + " loyalty points");
        return new Redemption(redemptionId, points, credit, balance(customerId));
    }

    @Transactional(readOnly = true)
    public Points balance(UUID customerId) {
        var points = jdbc
                .queryForList("select points from loyalty_balances where customer_id = ?", Long.class, customerId)
                .stream()
                .findFirst()
                .orElse(0L);
        return new Points(customerId, points, properties.pointValueMinor());
    }

    private boolean record(UUID customerId, String kind, String reference, UUID orderId, long points) {
        var now = Timestamp.from(clock.instant());
        int inserted = jdbc.update(
                """
                insert into loyalty_entries (id, customer_id, kind, reference, order_id, points, created_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (kind, reference) do nothing""",
                Uuids.v7(clock.millis()),
                customerId,
                kind,
                reference,
                orderId,
                points,
                now);
        if (inserted == 0) {
            return false;
        }
        jdbc.update(
                """
                insert into loyalty_balances (customer_id, points, updated_at) values (?, ?, ?)
                on conflict (customer_id) do update set points = loyalty_balances.points + excluded.points,
                    updated_at = excluded.updated_at""",
                customerId,
                points,
                now);
        return true;
    }

    /** A redemption that cannot be made. */
    static class RedemptionRefused extends PlatterException {

        RedemptionRefused(String detail) {
            super(detail);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.UNPROCESSABLE_CONTENT;
        }

        @Override
        public String kind() {
            return "loyalty-redemption-refused";
        }

        @Override
        public String title() {
            return "Points cannot be redeemed";
        }
    }
}
