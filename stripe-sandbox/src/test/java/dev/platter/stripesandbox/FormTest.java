package dev.platter.stripesandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormTest {

    @Test
    void readsNestedKeysAsStripeJavaEncodesThem() {
        var form = Form.parse("amount=34950&currency=inr&metadata[order_id]=o%2D1&metadata[note]=extra+raita"
                + "&expand[0]=latest_charge&enabled_events[]=*&enabled_events[]=refund.created");

        assertThat(form.positiveLong("amount")).isEqualTo(34950L);
        assertThat(form.map("metadata"))
                .containsExactly(Map.entry("order_id", "o-1"), Map.entry("note", "extra raita"));
        assertThat(form.list("expand")).containsExactly("latest_charge");
        assertThat(form.list("enabled_events")).containsExactly("*", "refund.created");
        assertThat(form.string("missing")).isNull();
    }

    @Test
    void ordersIndexedListsByIndex() {
        var form = Form.parse("expand[1]=b&expand[0]=a");

        assertThat(form.list("expand")).isEqualTo(List.of("a", "b"));
    }

    @Test
    void refusesAmountsThatAreNotPositiveIntegers() {
        assertThatThrownBy(() -> Form.parse("amount=0").positiveLong("amount"))
                .isInstanceOfSatisfying(
                        StripeError.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> Form.parse("amount=12.5").positiveLong("amount"))
                .isInstanceOfSatisfying(
                        StripeError.class, e -> assertThat(e.validation()).isTrue());
    }

    @Test
    void aMissingRequiredParameterNamesIt() {
        assertThatThrownBy(() -> Form.parse("").required("currency"))
                .isInstanceOfSatisfying(
                        StripeError.class, e -> assertThat(e.body().toString()).contains("param=currency"));
    }
}
