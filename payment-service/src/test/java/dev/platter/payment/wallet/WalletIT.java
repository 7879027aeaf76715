package dev.platter.payment.wallet;

import static dev.platter.payment.Orders.inr;
import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.payment.Concurrently;
import dev.platter.payment.Orders;
import dev.platter.payment.PaymentServiceIT;
import dev.platter.platform.events.PaymentMethod;
import dev.platter.platform.test.TestTokens;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The wallet as a double-entry ledger: balanced, never overdrawn, visible to its owner only. */
class WalletIT extends PaymentServiceIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrentSpendsNeverTakeTheBalanceBelowZero() throws Exception {
        var customer = UUID.randomUUID();
        fundWallet(customer, inr(50000));
        var spends = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < 20; i++) {
            var order = Orders.order(customer, PaymentMethod.WALLET, Orders.MASALA_DOSA)
                    .withWallet(Orders.MASALA_DOSA);
            spends.add(() -> createPayment(order).statusCode());
        }

        try (var pool = new Concurrently(20)) {
            var statuses = pool.invokeAll(spends);
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(4);
            assertThat(statuses).filteredOn(status -> status == 422).hasSize(16);
        }
        var wallet = wallet(customer);
        assertThat(wallet.get("available").get("amountMinor").asLong()).isEqualTo(2000);
        assertThat(wallet.get("reserved").get("amountMinor").asLong()).isEqualTo(48000);
        ledgerBalances();
    }

    @Test
    void aBalanceTooLowIsRefusedWithAPreciseProblemAndReservesNothing() {
        var customer = UUID.randomUUID();
        fundWallet(customer, inr(1000));
        var order = Orders.order(customer, PaymentMethod.CARD, Orders.PANEER_TIKKA_DINNER)
                .withWallet(inr(5000));

        var refused = createPayment(order);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(problemType(refused)).isEqualTo("https://platter.dev/problems/wallet-balance-too-low");
        assertThat(get("/internal/payments?orderId=" + order.orderId(), SERVICE).statusCode())
                .isEqualTo(404);
        assertThat(wallet(customer).get("available").get("amountMinor").asLong())
                .isEqualTo(1000);
        assertThat(SANDBOX.intentsOfOrder(order.orderId())).isEmpty();
    }

    /** Every transaction balances, every balance is the sum of its entries, no customer account is negative. */
    void ledgerBalances() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from (select transaction_id from ledger_entries group by transaction_id"
                                + " having sum(amount_minor) <> 0) unbalanced",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from wallet_accounts a where a.balance_minor <> coalesce("
                                + "(select sum(e.amount_minor) from ledger_entries e where e.account_id = a.id), 0)",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from wallet_accounts where customer_id is not null and balance_minor < 0",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select coalesce(sum(balance_minor), 0) from wallet_accounts", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from ledger_transactions t where (select count(*) from ledger_entries e"
                                + " where e.transaction_id = t.id) <> 2",
                        Integer.class))
                .isZero();
    }

    @Test
    void theLedgerBalancesAfterEveryKindOfMovement() {
        var customer = UUID.randomUUID();
        fundWallet(customer, inr(30000));
        var order =
                Orders.order(customer, PaymentMethod.WALLET, Orders.MASALA_DOSA).withWallet(Orders.MASALA_DOSA);
        paid(order);
        dev.platter.payment.EventFeed.publish(Orders.accepted(order));
        awaitStatus(order.orderId(), "CAPTURED");
        var released =
                Orders.order(customer, PaymentMethod.WALLET, Orders.MASALA_DOSA).withWallet(Orders.MASALA_DOSA);
        paid(released);
        dev.platter.payment.EventFeed.publish(Orders.rejected(released));
        awaitStatus(released.orderId(), "VOIDED");

        var wallet = wallet(customer);
        assertThat(wallet.get("available").get("amountMinor").asLong()).isEqualTo(18000);
        assertThat(wallet.get("reserved").get("amountMinor").asLong()).isZero();
        ledgerBalances();
    }

    @Test
    void aCustomerSeesTheirOwnBalanceAndHistoryOnly() {
        var customer = UUID.randomUUID();
        fundWallet(customer, inr(7500));
        var token = TestTokens.forUser(customer, "CUSTOMER");

        var mine = get("/api/v1/wallet", token);
        var history = get("/api/v1/wallet/transactions?size=10", token);
        var someoneElses = get("/api/v1/admin/wallets/" + customer, TestTokens.forRoles("CUSTOMER"));
        var internal = get("/internal/wallets/" + customer, token);

        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(body(mine).get("customerId").asString()).isEqualTo(customer.toString());
        assertThat(body(mine).get("available").get("amountMinor").asLong()).isEqualTo(7500);
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(body(history).get("items").get(0).get("kind").asString()).isEqualTo("ADMIN_CREDIT");
        assertThat(body(history)
                        .get("items")
                        .get(0)
                        .get("availableChange")
                        .get("amountMinor")
                        .asLong())
                .isEqualTo(7500);
        assertThat(body(history).get("totalItems").asLong()).isEqualTo(1);
        assertThat(someoneElses.statusCode()).isEqualTo(403);
        assertThat(internal.statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/wallet", TestTokens.forRoles("CUSTOMER")).statusCode())
                .isEqualTo(200);
        assertThat(body(get("/api/v1/wallet", TestTokens.forRoles("CUSTOMER")))
                        .get("available")
                        .get("amountMinor")
                        .asLong())
                .isZero();
    }
}
