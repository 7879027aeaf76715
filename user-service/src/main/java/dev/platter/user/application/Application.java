package dev.platter.user.application;

import dev.platter.platform.events.user.VehicleType;
import dev.platter.platform.web.ids.Uuids;
import dev.platter.platform.web.problem.IllegalTransition;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A user's application to ride or to run restaurants; an admin approves or rejects it once. */
@Entity
@Table(name = "applications")
class Application {

    @Id
    private UUID id;

    private UUID userId;

    @Enumerated(EnumType.STRING)
    private ApplicationType type;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;

    @Enumerated(EnumType.STRING)
    private @Nullable VehicleType vehicleType;

    private @Nullable String licenceNumber;

    private @Nullable String city;

    private @Nullable String businessName;

    private @Nullable String registrationNumber;

    private @Nullable String contactName;

    private @Nullable String contactPhone;

    private Instant submittedAt;

    private @Nullable Instant decidedAt;

    private @Nullable UUID decidedBy;

    private @Nullable String rejectionReason;

    @Version
    private @Nullable Long version;

    protected Application() {}

    private Application(UUID userId, ApplicationType type, Instant now) {
        this.id = Uuids.v7(now.toEpochMilli());
        this.userId = userId;
        this.type = type;
        this.status = ApplicationStatus.PENDING;
        this.submittedAt = now;
    }

    static Application rider(
            UUID userId, VehicleType vehicleType, String licenceNumber, @Nullable String city, Instant now) {
        var application = new Application(userId, ApplicationType.RIDER, now);
        application.vehicleType = vehicleType;
        application.licenceNumber = licenceNumber;
        application.city = city;
        return application;
    }

    static Application owner(
            UUID userId,
            String businessName,
            String registrationNumber,
            String contactName,
            String contactPhone,
            Instant now) {
        var application = new Application(userId, ApplicationType.RESTAURANT_OWNER, now);
        application.businessName = businessName;
        application.registrationNumber = registrationNumber;
        application.contactName = contactName;
        application.contactPhone = contactPhone;
        return application;
    }

    void approve(UUID admin, Instant now) {
        switch (status) {
            case PENDING -> {
                status = ApplicationStatus.APPROVED;
                decidedAt = now;
                decidedBy = admin;
            }
            case APPROVED, REJECTED -> throw new IllegalTransition("Application", status, "be approved");
        }
    }

    void reject(UUID admin, String reason, Instant now) {
        switch (status) {
            case PENDING -> {
                status = ApplicationStatus.REJECTED;
                decidedAt = now;
                decidedBy = admin;
                rejectionReason = reason;
            }
            case APPROVED, REJECTED -> throw new IllegalTransition("Application", status, "be rejected");
        }
    }

    UUID id() {
        return id;
    }

    UUID userId() {
        return userId;
    }

    ApplicationType type() {
        return type;
    }

    ApplicationStatus status() {
        return status;
    }

    @Nullable
    VehicleType vehicleType() {
        return vehicleType;
    }

    @Nullable
    String city() {
        return city;
    }

    @Nullable
    String businessName() {
        return businessName;
    }

    ApplicationView view() {
        return new ApplicationView(
                id,
                userId,
                type,
                status,
                type == ApplicationType.RIDER ? new ApplicationView.Rider(vehicleType, licenceNumber, city) : null,
                type == ApplicationType.RESTAURANT_OWNER
                        ? new ApplicationView.Owner(businessName, registrationNumber, contactName, contactPhone)
                        : null,
                submittedAt,
                decidedAt,
                decidedBy,
                rejectionReason,
                version == null ? 0 : version);
    }
}
