package dev.platter.payment.reconciliation;

import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admins trigger a reconciliation run and read its report. */
@RestController
class ReconciliationController {

    private final ReconciliationService reconciliation;

    ReconciliationController(ReconciliationService reconciliation) {
        this.reconciliation = reconciliation;
    }

    /** {@code graceSeconds} looks at younger payments too (0: every open payment). */
    @PostMapping("/api/v1/admin/payments/reconciliations")
    @ResponseStatus(HttpStatus.CREATED)
    ReconciliationService.Report run(@RequestParam(required = false) @Nullable Long graceSeconds) {
        return reconciliation.run("ADMIN", graceSeconds == null ? null : Duration.ofSeconds(Math.max(0, graceSeconds)));
    }

    @GetMapping("/api/v1/admin/payments/reconciliations/{runId}")
    ReconciliationService.Report report(@PathVariable UUID runId) {
        return reconciliation.report(runId);
    }
}
