package dev.platter.user.address;

import dev.platter.platform.web.ids.Uuids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A saved delivery address of one user. */
@Entity
@Table(name = "addresses")
class Address {

    @Id
    private UUID id;

    private UUID userId;

    private String label;

    private String line1;

    private @Nullable String line2;

    private String city;

    private String postcode;

    private double lat;

    private double lon;

    private @Nullable String instructions;

    @Column(name = "is_default")
    private boolean defaultAddress;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private @Nullable Long version;

    protected Address() {}

    Address(UUID userId, AddressDetails details, Instant now) {
        this.id = Uuids.v7(now.toEpochMilli());
        this.userId = userId;
        this.createdAt = now;
        apply(details, now);
    }

    void apply(AddressDetails details, Instant now) {
        this.label = details.label();
        this.line1 = details.line1();
        this.line2 = details.line2();
        this.city = details.city();
        this.postcode = details.postcode();
        this.lat = details.lat();
        this.lon = details.lon();
        this.instructions = details.instructions();
        this.updatedAt = now;
    }

    void makeDefault(boolean isDefault, Instant now) {
        if (defaultAddress != isDefault) {
            defaultAddress = isDefault;
            updatedAt = now;
        }
    }

    UUID id() {
        return id;
    }

    UUID userId() {
        return userId;
    }

    boolean isDefault() {
        return defaultAddress;
    }

    Instant createdAt() {
        return createdAt;
    }

    AddressView view() {
        return new AddressView(
                id,
                label,
                line1,
                line2,
                city,
                postcode,
                lat,
                lon,
                instructions,
                defaultAddress,
                createdAt,
                updatedAt,
                version == null ? 0 : version);
    }
}
