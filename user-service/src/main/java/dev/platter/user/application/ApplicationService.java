package dev.platter.user.application;

import dev.platter.platform.events.user.OwnerApproved;
import dev.platter.platform.events.user.RiderApproved;
import dev.platter.platform.events.user.VehicleType;
import dev.platter.platform.web.ids.Uuids;
import dev.platter.platform.web.problem.IllegalTransition;
import dev.platter.platform.web.problem.NotFoundException;
import dev.platter.platform.web.problem.PlatterException;
import dev.platter.user.account.AccountService;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applying, and deciding applications: approval grants the role and emits RiderApproved or OwnerApproved. */
@Service
class ApplicationService {

    private final ApplicationRepository applications;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicationService(
            ApplicationRepository applications,
            AccountService accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.applications = applications;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    ApplicationView applyToRide(UUID userId, VehicleType vehicleType, String licenceNumber, @Nullable String city) {
        return submit(Application.rider(userId, vehicleType, licenceNumber, city, clock.instant()));
    }

    @Transactional
    ApplicationView applyToOwn(
            UUID userId, String businessName, String registrationNumber, String contactName, String contactPhone) {
        return submit(Application.owner(
                userId, businessName, registrationNumber, contactName, contactPhone, clock.instant()));
    }

    @Transactional(readOnly = true)
    Page<ApplicationView> mine(UUID userId, int page, int size) {
        return applications
                .findByUserId(userId, PageRequest.of(page, size, Sort.by("submittedAt", "id")))
                .map(Application::view);
    }

    @Transactional(readOnly = true)
    Page<ApplicationView> byStatus(ApplicationStatus status, int page, int size) {
        return applications
                .findByStatus(status, PageRequest.of(page, size, Sort.by("submittedAt", "id")))
                .map(Application::view);
    }

    @Transactional
    ApplicationView approve(UUID applicationId, UUID admin) {
        var application = find(applicationId);
        var now = clock.instant();
        application.approve(admin, now);
        applications.saveAndFlush(application);
        var user = accounts.grantRole(application.userId(), application.type().role());
        switch (application.type()) {
            case RIDER ->
                events.publishEvent(new RiderApproved(
                        Uuids.v7(),
                        now,
                        user.id(),
                        user.version(),
                        application.id(),
                        user.name(),
                        Objects.requireNonNullElse(user.phone(), ""),
                        Objects.requireNonNull(application.vehicleType()),
                        application.city()));
            case RESTAURANT_OWNER ->
                events.publishEvent(new OwnerApproved(
                        Uuids.v7(),
                        now,
                        user.id(),
                        user.version(),
                        application.id(),
                        user.name(),
                        user.email(),
                        application.businessName()));
        }
        return application.view();
    }

    @Transactional
    ApplicationView reject(UUID applicationId, UUID admin, String reason) {
        var application = find(applicationId);
        application.reject(admin, reason, clock.instant());
        applications.saveAndFlush(application);
        return application.view();
    }

    private ApplicationView submit(Application application) {
        var user = accounts.get(application.userId());
        if (user.roles().contains(application.type().role())) {
            throw new IllegalTransition(
                    "User", "with role " + application.type().role(), "apply for it again");
        }
        if (applications.existsByUserIdAndTypeAndStatus(
                application.userId(), application.type(), ApplicationStatus.PENDING)) {
            throw new AlreadyPending();
        }
        try {
            return applications.saveAndFlush(application).view();
        } catch (DataIntegrityViolationException raced) {
            throw new AlreadyPending();
        }
    }

    private Application find(UUID applicationId) {
        return applications
                .findById(applicationId)
                .orElseThrow(() -> new NotFoundException("No application " + applicationId));
    }

    /** One pending application per kind at a time. */
    static final class AlreadyPending extends PlatterException {
        AlreadyPending() {
            super("An application of this kind is already waiting for a decision");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }

        @Override
        public String kind() {
            return "application-pending";
        }

        @Override
        public String title() {
            return "Application already pending";
        }
    }
}
