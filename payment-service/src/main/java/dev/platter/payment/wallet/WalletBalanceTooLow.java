package dev.platter.payment.wallet;

import dev.platter.platform.web.problem.PlatterException;
import org.springframework.http.HttpStatus;

/** The customer's available wallet balance does not cover the amount. */
public class WalletBalanceTooLow extends PlatterException {

    public WalletBalanceTooLow(String detail) {
        super(detail);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.UNPROCESSABLE_CONTENT;
    }

    @Override
    public String kind() {
        return "wallet-balance-too-low";
    }

    @Override
    public String title() {
        return "Wallet balance too low";
    }
}
