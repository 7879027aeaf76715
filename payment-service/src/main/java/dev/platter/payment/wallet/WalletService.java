package dev.platter.payment.wallet;

import dev.platter.platform.events.Money;
import dev.platter.platform.web.page.PageResponse;
import dev.platter.platform.web.page.Paging;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of wallets and the movements people start by hand; order-driven movements go through {@link Ledger}. */
@Service
public class WalletService {

    private final Ledger ledger;

    WalletService(Ledger ledger) {
        this.ledger = ledger;
    }

    @Transactional(readOnly = true)
    public Wallet wallet(UUID customerId, String currency) {
        return ledger.wallet(customerId, currency);
    }

    @Transactional(readOnly = true)
    public PageResponse<WalletMovement> history(UUID customerId, String currency, int page, int size) {
        int pageSize = Paging.size(size);
        return Paging.response(
                ledger.history(customerId, currency, Math.max(0, page), pageSize),
                Math.max(0, page),
                pageSize,
                ledger.historySize(customerId, currency));
    }

    /** An admin grants credit (goodwill, a manual correction); the reference makes it happen once. */
    @Transactional
    public Wallet credit(UUID customerId, String reference, Money amount, @Nullable String note) {
        ledger.credit(LedgerKind.ADMIN_CREDIT, reference, customerId, amount, note);
        return ledger.wallet(customerId, amount.currency());
    }
}
