package dev.platter.delivery.config;

import dev.platter.delivery.eta.EtaEstimator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The estimator every module shares, from the configured road factor and hand-over time. */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    @Bean
    EtaEstimator etaEstimator(DeliveryProperties properties) {
        return new EtaEstimator(properties.roadFactor(), properties.pickupHandover());
    }
}
