package dev.platter.platform.web.probe;

import dev.platter.platform.web.problem.IllegalTransition;
import dev.platter.platform.web.problem.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProbeController {

    /** How often the idempotent command really ran. */
    static final AtomicInteger EXECUTIONS = new AtomicInteger();

    /** When set, the idempotent command waits on it: lets a test hold the first execution open. */
    static volatile CountDownLatch gate = new CountDownLatch(0);

    /** Counts down when the idempotent command has started. */
    static volatile CountDownLatch started = new CountDownLatch(1);

    /** How many times the flaky command should still fail. */
    static final AtomicInteger FAILURES_LEFT = new AtomicInteger();

    private final ProbeOrders orders;
    private final dev.platter.platform.web.deadline.Deadlines deadlines;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    ProbeController(
            ProbeOrders orders,
            dev.platter.platform.web.deadline.Deadlines deadlines,
            org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.orders = orders;
        this.deadlines = deadlines;
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
    }

    record DeadlineCommand(@NotBlank @Size(max = 50) String subject, @Positive int inMillis) {}

    /** Sets a probe deadline the way a service sets one: in the transaction of a change. */
    @PostMapping("/probe/deadlines")
    @ResponseStatus(HttpStatus.CREATED)
    void deadline(@Valid @RequestBody DeadlineCommand command) {
        transactions.executeWithoutResult(status -> deadlines.schedule(
                ProbeDeadlines.KIND, command.subject(), java.time.Instant.now().plusMillis(command.inMillis())));
    }

    record CreateCommand(@NotBlank @Size(max = 20) String name, @Positive int quantity) {}

    @PostMapping("/probe/commands")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(@Valid @RequestBody CreateCommand command) {
        return Map.of("name", command.name(), "quantity", command.quantity());
    }

    @GetMapping("/probe/missing")
    void missing() {
        throw new NotFoundException("No order 42 here");
    }

    @PostMapping("/probe/transition")
    void transition() {
        throw new IllegalTransition("Order", "DELIVERED", "be cancelled");
    }

    @GetMapping("/probe/optimistic")
    void optimistic() {
        throw new OptimisticLockingFailureException("row was updated by another transaction");
    }

    @GetMapping("/probe/boom")
    void boom() {
        throw new IllegalStateException("secret connection string jdbc:postgresql://db/secret");
    }

    @GetMapping("/probe/admin")
    Map<String, String> admin() {
        return Map.of("area", "admin");
    }

    @GetMapping("/probe/me")
    Map<String, String> me(org.springframework.security.core.Authentication authentication) {
        return Map.of("user", authentication.getName());
    }

    record OrderCommand(@NotBlank String item) {}

    @PostMapping("/probe/orders")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> order(@Valid @RequestBody OrderCommand command) throws InterruptedException {
        EXECUTIONS.incrementAndGet();
        started.countDown();
        gate.await(30, TimeUnit.SECONDS);
        return Map.of("id", UUID.randomUUID(), "item", command.item());
    }

    @PostMapping("/probe/flaky-orders")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> flakyOrder(@Valid @RequestBody OrderCommand command) {
        EXECUTIONS.incrementAndGet();
        if (FAILURES_LEFT.getAndDecrement() > 0) {
            throw new IllegalStateException("payment provider timed out");
        }
        return Map.of("id", UUID.randomUUID(), "item", command.item());
    }

    /** Stores an order and publishes its event in one transaction (the outbox). */
    @PostMapping("/probe/events")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> publish(@Valid @RequestBody OrderCommand command) {
        return Map.of("orderId", orders.place(command.item(), false));
    }

    /** The same, but the transaction rolls back after publishing. */
    @PostMapping("/probe/events/rolled-back")
    void publishAndRollBack(@Valid @RequestBody OrderCommand command) {
        orders.place(command.item(), true);
    }
}
