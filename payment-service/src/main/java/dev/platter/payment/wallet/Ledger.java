package dev.platter.payment.wallet;

import dev.platter.platform.events.Money;
import dev.platter.platform.web.ids.Uuids;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wallet ledger: every movement is a transaction of balanced entries (they sum to zero) between accounts. A
 * customer account's balance is updated with a conditional update that refuses to go below zero, under the row's lock,
 * so concurrent spends can never overdraw it. Each (kind, reference) is posted at most once, so a repeated command or
 * event moves nothing the second time. Runs inside the caller's transaction.
 */
@Component
public class Ledger {

    /** The platform's accounts, on the other side of customers' movements. */
    enum PlatformAccount {
        /** Money customers paid from their wallets for orders. */
        PLATFORM_SALES,
        /** Credit granted by admins. */
        PLATFORM_FUNDING,
        /** Credit from redeemed loyalty points. */
        PLATFORM_LOYALTY
    }

    private static final String AVAILABLE = "AVAILABLE";
    private static final String RESERVED = "RESERVED";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Ledger(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Leg(UUID account, long amount) {}

    /** Moves the amount from available to reserved; false if this order's reservation was already made. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean reserve(UUID customerId, UUID orderId, Money amount) {
        return post(
                LedgerKind.RESERVE,
                orderId.toString(),
                customerId,
                amount,
                "Reserved for order " + orderId,
                customer(customerId, AVAILABLE, amount.currency()),
                customer(customerId, RESERVED, amount.currency()));
    }

    /** Moves a reservation back to available. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean release(UUID customerId, UUID orderId, Money amount) {
        return post(
                LedgerKind.RELEASE,
                orderId.toString(),
                customerId,
                amount,
                "Released from order " + orderId,
                customer(customerId, RESERVED, amount.currency()),
                customer(customerId, AVAILABLE, amount.currency()));
    }

    /** Takes reserved money for the order: it leaves the customer's wallet. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean debit(UUID customerId, UUID orderId, Money amount) {
        return post(
                LedgerKind.DEBIT,
                orderId.toString(),
                customerId,
                amount,
                "Paid for order " + orderId,
                customer(customerId, RESERVED, amount.currency()),
                platform(PlatformAccount.PLATFORM_SALES, amount.currency()));
    }

    /** Credits the customer's available balance from the platform account the kind of credit comes from. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean credit(
            LedgerKind kind, String reference, UUID customerId, Money amount, @Nullable String description) {
        var source =
                switch (kind) {
                    case REFUND -> PlatformAccount.PLATFORM_SALES;
                    case ADMIN_CREDIT -> PlatformAccount.PLATFORM_FUNDING;
                    case LOYALTY_CREDIT -> PlatformAccount.PLATFORM_LOYALTY;
                    default -> throw new IllegalArgumentException(kind + " is not a credit");
                };
        return post(
                kind,
                reference,
                customerId,
                amount,
                description,
                platform(source, amount.currency()),
                customer(customerId, AVAILABLE, amount.currency()));
    }

    /** Whether a transaction of this kind and reference was posted. */
    public boolean posted(LedgerKind kind, String reference) {
        var count = jdbc.queryForObject(
                "select count(*) from ledger_transactions where kind = ? and reference = ?",
                Integer.class,
                kind.name(),
                reference);
        return count != null && count > 0;
    }

    public Wallet wallet(UUID customerId, String currency) {
        return new Wallet(
                customerId,
                Money.of(balance(customerId, AVAILABLE, currency), currency),
                Money.of(balance(customerId, RESERVED, currency), currency));
    }

    public List<WalletMovement> history(UUID customerId, String currency, int page, int size) {
        return jdbc.query(
                """
                select t.id, t.kind, t.reference, t.description, t.created_at,
                       coalesce(sum(e.amount_minor) filter (where a.kind = 'AVAILABLE'), 0) as available_change,
                       coalesce(sum(e.amount_minor) filter (where a.kind = 'RESERVED'), 0) as reserved_change
                from ledger_transactions t
                join ledger_entries e on e.transaction_id = t.id
                join wallet_accounts a on a.id = e.account_id and a.customer_id = t.customer_id
                where t.customer_id = ? and t.currency = ?
                group by t.id
                order by t.created_at desc, t.id desc
                limit ? offset ?""",
                (rs, row) -> new WalletMovement(
                        rs.getObject("id", UUID.class),
                        LedgerKind.valueOf(rs.getString("kind")),
                        rs.getString("reference"),
                        Money.of(rs.getLong("available_change"), currency),
                        Money.of(rs.getLong("reserved_change"), currency),
                        rs.getString("description"),
                        rs.getTimestamp("created_at").toInstant()),
                customerId,
                currency,
                size,
                (long) page * size);
    }

    public long historySize(UUID customerId, String currency) {
        var count = jdbc.queryForObject(
                "select count(*) from ledger_transactions where customer_id = ? and currency = ?",
                Long.class,
                customerId,
                currency);
        return count == null ? 0 : count;
    }

    private long balance(UUID customerId, String kind, String currency) {
        return jdbc
                .queryForList(
                        "select balance_minor from wallet_accounts where customer_id = ? and kind = ? and currency = ?",
                        Long.class,
                        customerId,
                        kind,
                        currency)
                .stream()
                .findFirst()
                .orElse(0L);
    }

    /**
     * Posts one transaction moving {@code amount} from one account to another, once per kind and reference. The
     * accounts are updated in id order, so two transactions never wait on each other's rows in opposite order.
     */
    private boolean post(
            LedgerKind kind,
            String reference,
            UUID customerId,
            Money amount,
            @Nullable String description,
            UUID from,
            UUID to) {
        if (amount.amountMinor() <= 0) {
            throw new IllegalArgumentException("A ledger movement is positive, was " + amount);
        }
        var now = Timestamp.from(clock.instant());
        var transactionId = Uuids.v7(clock.millis());
        int inserted = jdbc.update(
                """
                insert into ledger_transactions
                    (id, kind, reference, customer_id, currency, amount_minor, description, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (kind, reference) do nothing""",
                transactionId,
                kind.name(),
                reference,
                customerId,
                amount.currency(),
                amount.amountMinor(),
                description,
                now);
        if (inserted == 0) {
            return false;
        }
        var legs = List.of(new Leg(from, -amount.amountMinor()), new Leg(to, amount.amountMinor())).stream()
                .sorted(Comparator.comparing(Leg::account))
                .toList();
        for (var leg : legs) {
            int updated = jdbc.update(
                    """
                    update wallet_accounts set balance_minor = balance_minor + ?
                    where id = ? and (customer_id is null or balance_minor + ? >= 0)""",
                    leg.amount(),
                    leg.account(),
                    leg.amount());
            if (updated == 0) {
                throw new WalletBalanceTooLow("The wallet balance does not cover " + format(amount));
            }
            jdbc.update(
                    "insert into ledger_entries (transaction_id, account_id, amount_minor, created_at) values (?, ?, ?, ?)",
                    transactionId,
                    leg.account(),
                    leg.amount(),
                    now);
        }
        return true;
    }

    static String format(Money amount) {
        return amount.amountMinor() + " minor units of " + amount.currency();
    }

    private UUID customer(UUID customerId, String kind, String currency) {
        return account(customerId, kind, currency);
    }

    private UUID platform(PlatformAccount account, String currency) {
        return account(null, account.name(), currency);
    }

    private UUID account(@Nullable UUID customerId, String kind, String currency) {
        var existing = find(customerId, kind, currency);
        if (existing != null) {
            return existing;
        }
        jdbc.update(
                """
                insert into wallet_accounts (id, customer_id, kind, currency, balance_minor, created_at)
                values (?, ?, ?, ?, 0, ?) on conflict do nothing""",
                Uuids.v7(clock.millis()),
                customerId,
                kind,
                currency,
                Timestamp.from(clock.instant()));
        var created = find(customerId, kind, currency);
        if (created == null) {
            throw new IllegalStateException("Wallet account " + kind + " could not be created");
        }
        return created;
    }

    private @Nullable UUID find(@Nullable UUID customerId, String kind, String currency) {
        var ids = customerId == null
                ? jdbc.queryForList(
                        "select id from wallet_accounts where customer_id is null and kind = ? and currency = ?",
                        UUID.class,
                        kind,
                        currency)
                : jdbc.queryForList(
                        "select id from wallet_accounts where customer_id = ? and kind = ? and currency = ?",
                        UUID.class,
                        customerId,
                        kind,
                        currency);
        return ids.stream().findFirst().orElse(null);
    }
}
