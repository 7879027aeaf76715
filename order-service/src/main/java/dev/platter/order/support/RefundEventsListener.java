package dev.platter.order.support;

import dev.platter.platform.events.payment.PaymentEvent;
import dev.platter.platform.events.payment.RefundFailed;
import dev.platter.platform.events.payment.RefundSucceeded;
import dev.platter.platform.web.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Records what became of support cases' refunds, each event once (inbox). */
@Component
class RefundEventsListener {

    static final String CONSUMER = "support-refunds";

    private final SupportService support;
    private final Inbox inbox;

    RefundEventsListener(SupportService support, Inbox inbox) {
        this.support = support;
        this.inbox = inbox;
    }

    @KafkaListener(topics = "${platter.kafka.topics.payments}", groupId = "${spring.kafka.consumer.group-id}.support")
    @Transactional
    void on(PaymentEvent event) {
        if (event instanceof RefundSucceeded succeeded) {
            inbox.handleOnce(CONSUMER, succeeded, () -> support.refundSettled(succeeded.refundKey(), true));
        } else if (event instanceof RefundFailed failed) {
            inbox.handleOnce(CONSUMER, failed, () -> support.refundSettled(failed.refundKey(), false));
        }
    }
}
