package dev.platter.delivery.dispatch;

import dev.platter.platform.web.deadline.DeadlineHandler;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The durable timers of dispatch: an offer's expiry and the next search for a rider. */
@Configuration(proxyBeanMethods = false)
class DeliveryDeadlines {

    @Bean
    DeadlineHandler offerExpiry(DeliveryLifecycle lifecycle) {
        return handler(Dispatcher.OFFER_EXPIRY, subject -> lifecycle.offerExpired(UUID.fromString(subject)));
    }

    @Bean
    DeadlineHandler dispatchRetry(DeliveryLifecycle lifecycle) {
        return handler(DeliveryLifecycle.DISPATCH_RETRY, subject -> lifecycle.retryDispatch(subject));
    }

    private static DeadlineHandler handler(String kind, java.util.function.Consumer<String> effect) {
        return new DeadlineHandler() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public void onDeadline(String subject) {
                effect.accept(subject);
            }
        };
    }
}
