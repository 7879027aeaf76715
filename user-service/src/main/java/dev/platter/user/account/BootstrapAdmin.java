package dev.platter.user.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/** Creates the configured first admin at start-up; idempotent, and safe when several instances start at once. */
@Component
@EnableConfigurationProperties(BootstrapAdminProperties.class)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final BootstrapAdminProperties properties;
    private final AccountService accounts;

    BootstrapAdmin(BootstrapAdminProperties properties, AccountService accounts) {
        this.properties = properties;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.configured()) {
            log.info("No bootstrap admin configured (PLATTER_ADMIN_EMAIL, PLATTER_ADMIN_PASSWORD)");
            return;
        }
        try {
            accounts.ensureAdmin(properties.email(), properties.password());
        } catch (AccountExceptions.EmailTaken | DataIntegrityViolationException raced) {
            accounts.ensureAdmin(properties.email(), properties.password());
        }
        log.info("Bootstrap admin {} is in place", properties.email());
    }
}
