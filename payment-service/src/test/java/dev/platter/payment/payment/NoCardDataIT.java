package dev.platter.payment.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platter.payment.PaymentServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Card data never reaches Platter: no table has a place for it. */
class NoCardDataIT extends PaymentServiceIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noTableHasAColumnForACardNumberCvcOrExpiry() {
        var columns = jdbc.queryForList(
                "select table_name || '.' || column_name from information_schema.columns where table_schema = 'public'",
                String.class);

        assertThat(columns).contains("payments.intent_id");
        assertThat(columns)
                .noneMatch(
                        column -> column.matches("(?i).*(card_?number|[._]pan$|cvc|cvv|exp_?(month|year)|expiry).*"));
    }
}
