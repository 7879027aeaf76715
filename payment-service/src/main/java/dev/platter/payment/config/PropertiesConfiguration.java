package dev.platter.payment.config;

import dev.platter.payment.loyalty.LoyaltyProperties;
import dev.platter.payment.reconciliation.ReconciliationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The service's own settings, and its scheduled jobs switched on. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LoyaltyProperties.class, ReconciliationProperties.class})
@EnableScheduling
class PropertiesConfiguration {}
