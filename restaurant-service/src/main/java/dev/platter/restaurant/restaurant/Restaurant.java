package dev.platter.restaurant.restaurant;

import dev.platter.platform.events.Address;
import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.restaurant.RestaurantAvailabilityChanged;
import dev.platter.platform.events.restaurant.RestaurantUpserted;
import dev.platter.platform.web.ids.Uuids;
import dev.platter.platform.web.problem.IllegalTransition;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A restaurant: its profile, its settings and where it stands with Platter. Every change bumps {@code revision}, the
 * version its events and replicas carry.
 */
@Entity
@Table(name = "restaurants")
public class Restaurant {

    @Id
    private UUID id;

    private UUID ownerId;

    @Enumerated(EnumType.STRING)
    private RestaurantStatus status;

    private String name;

    private @Nullable String description;

    @Convert(converter = RestaurantColumns.Strings.class)
    private List<String> cuisines;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] cuisineKeys;

    private String phone;

    private String currency;

    private String zoneId;

    private String line1;

    private @Nullable String line2;

    private String city;

    private @Nullable String postalCode;

    private String countryCode;

    private double lat;

    private double lon;

    private int deliveryRadiusMetres;

    private long minimumOrderMinor;

    private long packagingChargeMinor;

    private int averagePrepMinutes;

    @Convert(converter = RestaurantColumns.Strings.class)
    private List<String> imageUrls;

    @Convert(converter = RestaurantColumns.Periods.class)
    private List<OpeningPeriod> openingHours;

    @Convert(converter = RestaurantColumns.Dates.class)
    private List<LocalDate> holidays;

    private boolean acceptingOrders;

    @Enumerated(EnumType.STRING)
    @Column(name = "paused_reason")
    private RestaurantAvailabilityChanged.@Nullable Reason pausedReason;

    private @Nullable Instant pausedUntil;

    private boolean autoAccept;

    private @Nullable String statusReason;

    private long revision;

    @Version
    private long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected Restaurant() {}

    Restaurant(UUID ownerId, RestaurantDetails details, Instant now) {
        this.id = Uuids.v7(now.toEpochMilli());
        this.ownerId = ownerId;
        this.status = RestaurantStatus.PENDING_APPROVAL;
        this.acceptingOrders = true;
        this.createdAt = now;
        this.currency = details.currency();
        apply(details, now);
    }

    /** Replaces the profile. The currency is fixed once prices exist in it. */
    void update(RestaurantDetails details, Instant now) {
        if (!details.currency().equals(currency)) {
            throw new CurrencyChangeRefused(currency, details.currency());
        }
        apply(details, now);
    }

    private void apply(RestaurantDetails details, Instant now) {
        this.name = details.name().strip();
        this.description = details.description();
        this.cuisines =
                details.cuisines().stream().map(String::strip).distinct().toList();
        this.cuisineKeys = cuisines.stream().map(Restaurant::cuisineKey).toArray(String[]::new);
        this.phone = details.phone();
        this.zoneId = details.zoneId();
        var address = details.address();
        this.line1 = address.line1();
        this.line2 = address.line2();
        this.city = address.city();
        this.postalCode = address.postalCode();
        this.countryCode = address.countryCode();
        this.lat = address.lat();
        this.lon = address.lon();
        this.deliveryRadiusMetres = details.deliveryRadiusMetres();
        this.minimumOrderMinor = details.minimumOrder().amountMinor();
        this.packagingChargeMinor = details.packagingCharge().amountMinor();
        this.averagePrepMinutes = details.averagePrepMinutes();
        this.imageUrls = List.copyOf(details.imageUrlsOrEmpty());
        this.openingHours = details.openingHours().stream()
                .sorted(Comparator.comparing(OpeningPeriod::day).thenComparing(OpeningPeriod::opens))
                .toList();
        this.holidays = details.holidaysOrEmpty().stream().distinct().sorted().toList();
        changed(now);
    }

    static String cuisineKey(String cuisine) {
        return cuisine.strip().toLowerCase(Locale.ROOT);
    }

    void approve(Instant now) {
        switch (status) {
            case PENDING_APPROVAL, SUSPENDED -> {
                status = RestaurantStatus.PUBLISHED;
                statusReason = null;
                changed(now);
            }
            case PUBLISHED -> throw new IllegalTransition("Restaurant", status, "be approved");
        }
    }

    void suspend(String reason, Instant now) {
        switch (status) {
            case PENDING_APPROVAL, PUBLISHED -> {
                status = RestaurantStatus.SUSPENDED;
                statusReason = reason;
                changed(now);
            }
            case SUSPENDED -> throw new IllegalTransition("Restaurant", status, "be suspended");
        }
    }

    /** Stops taking orders (busy), until resumed or until {@code until}. */
    void pause(RestaurantAvailabilityChanged.Reason reason, @Nullable Instant until, Instant now) {
        if (status == RestaurantStatus.SUSPENDED) {
            throw new IllegalTransition("Restaurant", status, "pause");
        }
        acceptingOrders = false;
        pausedReason = reason;
        pausedUntil = until;
        changed(now);
    }

    /** Takes orders again: resumed by hand, or a timed pause ran out. */
    void resume(Instant now) {
        if (acceptingOrders) {
            throw new IllegalTransition("Restaurant", "ACCEPTING_ORDERS", "resume");
        }
        acceptingOrders = true;
        pausedReason = null;
        pausedUntil = null;
        changed(now);
    }

    void autoAccept(boolean enabled, Instant now) {
        autoAccept = enabled;
        changed(now);
    }

    private void changed(Instant now) {
        revision++;
        updatedAt = now;
    }

    public OpeningHours hours() {
        return new OpeningHours(ZoneId.of(zoneId), openingHours, holidays);
    }

    public boolean isOpenAt(Instant instant) {
        return hours().isOpenAt(instant);
    }

    /** Whether it takes orders at {@code instant} as far as pausing goes (a timed pause ends by itself). */
    public boolean acceptingOrdersAt(Instant instant) {
        return acceptingOrders || pausedUntil != null && !instant.isBefore(pausedUntil);
    }

    public boolean isPublished() {
        return status == RestaurantStatus.PUBLISHED;
    }

    public GeoPoint location() {
        return new GeoPoint(lat, lon);
    }

    public Address address() {
        return new Address(line1, line2, city, postalCode, countryCode, location());
    }

    public Money minimumOrder() {
        return Money.of(minimumOrderMinor, currency);
    }

    public Money packagingCharge() {
        return Money.of(packagingChargeMinor, currency);
    }

    RestaurantUpserted upserted(UUID eventId, Instant now) {
        return new RestaurantUpserted(
                eventId,
                now,
                id,
                revision,
                ownerId,
                name,
                description,
                address(),
                zoneId,
                cuisines,
                currency,
                deliveryRadiusMetres,
                minimumOrder(),
                averagePrepMinutes,
                openingHours.stream()
                        .map(period ->
                                new RestaurantUpserted.OpeningHours(period.day(), period.opens(), period.closes()))
                        .toList(),
                isPublished(),
                imageUrls.isEmpty() ? null : imageUrls.get(0));
    }

    RestaurantAvailabilityChanged availabilityChanged(UUID eventId, Instant now) {
        return new RestaurantAvailabilityChanged(
                eventId, now, id, revision, acceptingOrders, pausedReason, pausedUntil);
    }

    public UUID id() {
        return id;
    }

    public UUID ownerId() {
        return ownerId;
    }

    public RestaurantStatus status() {
        return status;
    }

    public String name() {
        return name;
    }

    public @Nullable String description() {
        return description;
    }

    public List<String> cuisines() {
        return cuisines;
    }

    public String phone() {
        return phone;
    }

    public String currency() {
        return currency;
    }

    public String zoneId() {
        return zoneId;
    }

    public int deliveryRadiusMetres() {
        return deliveryRadiusMetres;
    }

    public int averagePrepMinutes() {
        return averagePrepMinutes;
    }

    public List<String> imageUrls() {
        return imageUrls;
    }

    public List<OpeningPeriod> openingHours() {
        return openingHours;
    }

    public List<LocalDate> holidays() {
        return holidays;
    }

    public RestaurantAvailabilityChanged.@Nullable Reason pausedReason() {
        return pausedReason;
    }

    public @Nullable Instant pausedUntil() {
        return pausedUntil;
    }

    public boolean autoAccept() {
        return autoAccept;
    }

    public @Nullable String statusReason() {
        return statusReason;
    }

    public long revision() {
        return revision;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
