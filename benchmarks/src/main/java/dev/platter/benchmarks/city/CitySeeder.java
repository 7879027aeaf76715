package dev.platter.benchmarks.city;

import dev.platter.benchmarks.Platform;
import dev.platter.benchmarks.city.City.Restaurant;
import dev.platter.benchmarks.city.CityIds.Kind;
import dev.platter.benchmarks.measure.ConsumerLag;
import dev.platter.platform.events.Address;
import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.Money;
import dev.platter.platform.events.Topics;
import dev.platter.platform.events.restaurant.MenuChanged;
import dev.platter.platform.events.restaurant.RestaurantUpserted;
import dev.platter.platform.events.user.RiderApproved;
import dev.platter.platform.events.user.VehicleType;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds the benchmark city fast, the way the services would have stored it, without walking each entity through the
 * API: rows straight into the owning services' databases (users, roles and addresses at user-service; restaurants
 * and menus at restaurant-service; contacts at notification-service) and the events the other services learn from
 * (RiderApproved for delivery-service; RestaurantUpserted and MenuChanged for search, order, notification and
 * analytics). Idempotent and incremental: ids are fixed, rows that exist are kept, events go out for what is new.
 *
 * <p>Every account shares one password, whose argon2 hash user-service itself makes: the seeder registers one template
 * account through the API and copies its hash. Customers opt out of email (push, SMS and in-app stay on), so the
 * local mail sink is not flooded by a long run.
 */
public final class CitySeeder {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CHUNK = 5_000;
    private static final String CURRENCY = "INR";
    private static final String OPENING_HOURS = openingHours();

    private final Platform platform;
    private final Consumer<String> say;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    public CitySeeder(Platform platform, Consumer<String> say) {
        this.platform = platform;
        this.say = say;
    }

    /** Seeds a city of {@code size} (adding to what an earlier seeding made); the city as a run will see it. */
    public City seed(City.Size size, boolean republish) throws Exception {
        var earlier = CityManifest.read(platform.results());
        if (earlier.isPresent() && earlier.get().size().dishesPerRestaurant() != size.dishesPerRestaurant()) {
            throw new IllegalArgumentException("The city here has "
                    + earlier.get().size().dishesPerRestaurant()
                    + " dishes per restaurant; seed the same (--dishes="
                    + (long) earlier.get().size().dishesPerRestaurant() * size.restaurants() + ") or start from fresh"
                    + " databases");
        }
        var merged = earlier.map(city -> new City.Size(
                        Math.max(size.restaurants(), city.size().restaurants()),
                        Math.max(size.restaurants(), city.size().restaurants()) * size.dishesPerRestaurant(),
                        Math.max(size.riders(), city.size().riders()),
                        Math.max(size.customers(), city.size().customers())))
                .orElse(size);
        double radius = earlier.map(City::radiusMetres).orElseGet(() -> City.radiusFor(size));
        var city = new City(merged, radius);
        say.accept("city: " + size + " within " + Math.round(radius / 100) / 10.0 + " km of Hyderabad's centre");

        var began = System.nanoTime();
        var hash = passwordHash();
        var now = Instant.now();
        Set<UUID> newRiders;
        Set<UUID> newRestaurants;
        try (var users = connect("user")) {
            int owners = size.owners();
            int people = size.customers() + owners + size.riders();
            say.accept("user-service: " + people + " accounts, " + size.customers() + " addresses");
            insertPeople(
                    users, "customer", size.customers(), i -> city.customer(i).person(), hash, "CUSTOMER", now);
            insertPeople(users, "owner", owners, city::owner, hash, "RESTAURANT_OWNER", now);
            newRiders = insertPeople(
                    users, "rider", size.riders(), i -> city.rider(i).person(), hash, "RIDER", now);
            insertAddresses(users, city, size.customers(), now);
        }
        try (var notifications = connect("notification")) {
            say.accept("notification-service: contacts and channel preferences");
            insertContacts(notifications, city, size, now);
        }
        try (var restaurants = connect("restaurant")) {
            say.accept("restaurant-service: " + size.restaurants() + " restaurants, "
                    + (long) size.restaurants() * size.dishesPerRestaurant() + " dishes");
            newRestaurants = insertRestaurants(restaurants, city, size.restaurants(), now);
        }
        try (var events = new EventPublisher(platform.kafkaBootstrap())) {
            int riders = 0;
            for (int i = 0; i < size.riders(); i++) {
                var rider = city.rider(i);
                if (republish || newRiders.contains(rider.person().id())) {
                    events.publish(riderApproved(rider, now));
                    riders++;
                }
            }
            int restaurants = 0;
            for (int i = 0; i < size.restaurants(); i++) {
                var restaurant = city.restaurant(i);
                if (republish || newRestaurants.contains(restaurant.id())) {
                    events.publish(upserted(restaurant, city.owner(restaurant.owner()), now));
                    events.publish(menuChanged(restaurant, now));
                    restaurants++;
                }
            }
            long sent = events.flush();
            say.accept("events: " + sent + " published (RiderApproved for " + riders + " riders; RestaurantUpserted and"
                    + " MenuChanged for " + restaurants + " restaurants)");
        }
        try (var lag = new ConsumerLag(platform.kafkaBootstrap())) {
            say.accept("waiting for the services to read them");
            if (!lag.awaitCaughtUp(Set.of(Topics.USERS, Topics.RESTAURANTS), Duration.ofMinutes(20), say)) {
                throw new IllegalStateException("The services did not read the city's events within 20 minutes");
            }
        }
        CityManifest.write(platform.results(), city);
        say.accept(String.format(
                "seeded in %.1f s; the city is recorded in %s",
                (System.nanoTime() - began) / 1e9, platform.root().relativize(CityManifest.file(platform.results()))));
        return city;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // user-service
    // ---------------------------------------------------------------------------------------------------------------

    /** The argon2 hash user-service makes of the city's password, taken from a template account it registered. */
    private String passwordHash() throws Exception {
        var email = "password-template@" + City.EMAIL_DOMAIN;
        var body = JSON.writeValueAsString(Map.of(
                "email", email, "password", City.PASSWORD, "name", "Password Template", "phone", "+919999999999"));
        var response = http.send(
                HttpRequest.newBuilder(platform.service("user").resolve("/api/v1/auth/register"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new IllegalStateException("user-service did not register the template account: "
                    + response.statusCode() + " " + response.body());
        }
        try (var users = connect("user");
                var query = users.prepareStatement("select password_hash from users where email = ?")) {
            query.setString(1, email);
            try (var rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("No template account in platter_user");
                }
                return rows.getString(1);
            }
        }
    }

    /** Accounts with the role (riders and owners are customers too, as approval leaves them); the ids added now. */
    private Set<UUID> insertPeople(
            Connection db,
            String kind,
            int count,
            IntFunction<City.Person> person,
            String hash,
            String role,
            Instant now)
            throws SQLException, IOException {
        var added = new HashSet<UUID>();
        for (int from = 0; from < count; from += CHUNK) {
            var users = new Csv();
            var roles = new Csv();
            for (int i = from; i < Math.min(count, from + CHUNK); i++) {
                var p = person.apply(i);
                users.row(p.id(), p.email(), hash, p.name(), p.phone(), "ACTIVE", null, now, now, 0);
                roles.row(p.id(), "CUSTOMER");
                if (!role.equals("CUSTOMER")) {
                    roles.row(p.id(), role);
                }
            }
            added.addAll(copyInsert(db, "users", users, "id"));
            copyInsert(db, "user_roles", roles, null);
        }
        say.accept("  " + kind + "s: " + added.size() + " added, " + (count - added.size()) + " already there");
        return added;
    }

    private void insertAddresses(Connection db, City city, int count, Instant now) throws SQLException, IOException {
        for (int from = 0; from < count; from += CHUNK) {
            var addresses = new Csv();
            for (int i = from; i < Math.min(count, from + CHUNK); i++) {
                var customer = city.customer(i);
                addresses.row(
                        customer.addressId(),
                        customer.person().id(),
                        "Home",
                        customer.street(),
                        null,
                        "Hyderabad",
                        "500034",
                        customer.home().lat(),
                        customer.home().lon(),
                        "Ring the bell",
                        true,
                        now,
                        now,
                        0);
            }
            copyInsert(db, "addresses", addresses, null);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // notification-service
    // ---------------------------------------------------------------------------------------------------------------

    private void insertContacts(Connection db, City city, City.Size size, Instant now)
            throws SQLException, IOException {
        var kinds = List.<Map.Entry<Integer, IntFunction<City.Person>>>of(
                Map.entry(size.customers(), i -> city.customer(i).person()),
                Map.entry(size.owners(), city::owner),
                Map.entry(size.riders(), i -> city.rider(i).person()));
        for (var kind : kinds) {
            for (int from = 0; from < kind.getKey(); from += CHUNK) {
                var contacts = new Csv();
                for (int i = from; i < Math.min(kind.getKey(), from + CHUNK); i++) {
                    var p = kind.getValue().apply(i);
                    contacts.row(p.id(), p.email(), p.name(), p.phone(), null, false, 0, now);
                }
                copyInsert(db, "contact", contacts, null);
            }
        }
        for (int from = 0; from < size.customers(); from += CHUNK) {
            var preferences = new Csv();
            for (int i = from; i < Math.min(size.customers(), from + CHUNK); i++) {
                preferences.row(city.customer(i).person().id(), false, true, true, true, now);
            }
            copyInsert(db, "preference", preferences, null);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // restaurant-service
    // ---------------------------------------------------------------------------------------------------------------

    private Set<UUID> insertRestaurants(Connection db, City city, int count, Instant now)
            throws SQLException, IOException {
        var added = new HashSet<UUID>();
        int chunk = Math.max(50, CHUNK / Math.max(1, city.size().dishesPerRestaurant() / 10));
        for (int from = 0; from < count; from += chunk) {
            var restaurants = new Csv();
            var menus = new Csv();
            for (int i = from; i < Math.min(count, from + chunk); i++) {
                var r = city.restaurant(i);
                var owner = city.owner(r.owner());
                var keys = r.cuisines().stream()
                        .map(c -> "\"" + c.toLowerCase(java.util.Locale.ROOT) + "\"")
                        .toList();
                restaurants.row(
                        r.id(),
                        owner.id(),
                        "PUBLISHED",
                        r.name(),
                        r.description(),
                        JSON.writeValueAsString(r.cuisines()),
                        "{" + String.join(",", keys) + "}",
                        "+91 40 4000 " + String.format("%04d", i % 10_000),
                        CURRENCY,
                        "Asia/Kolkata",
                        r.street(),
                        null,
                        "Hyderabad",
                        "500034",
                        "IN",
                        r.kitchen().lat(),
                        r.kitchen().lon(),
                        r.radiusMetres(),
                        9900,
                        2000,
                        r.prepMinutes(),
                        JSON.writeValueAsString(List.of(imageUrl(r))),
                        OPENING_HOURS,
                        "[]",
                        true,
                        null,
                        null,
                        true,
                        null,
                        1,
                        0,
                        now,
                        now);
                menus.row(r.id(), JSON.writeValueAsString(document(r)), 1, 0, now);
            }
            added.addAll(copyInsert(db, "restaurants", restaurants, "id"));
            copyInsert(db, "menus", menus, null);
        }
        say.accept("  restaurants: " + added.size() + " added, " + (count - added.size()) + " already there");
        return added;
    }

    private static String imageUrl(Restaurant r) {
        return "https://images.platter.dev/" + r.id() + ".jpg";
    }

    private static String openingHours() {
        var days = new ArrayList<Map<String, String>>();
        for (var day : DayOfWeek.values()) {
            days.add(Map.of("day", day.name(), "opens", "00:00:00", "closes", "00:00:00"));
        }
        return JSON.writeValueAsString(days);
    }

    /** The menu as restaurant-service stores it (its MenuDocument's JSON). */
    private static Map<String, Object> document(Restaurant r) {
        var categories = new ArrayList<Map<String, Object>>();
        for (var category : r.menu()) {
            var items = new ArrayList<Map<String, Object>>();
            for (var dish : category.dishes()) {
                var groups = new ArrayList<Map<String, Object>>();
                for (var group : dish.groups()) {
                    var options = new ArrayList<Map<String, Object>>();
                    for (var option : group.options()) {
                        options.add(ordered(
                                "id", option.id(),
                                "name", option.name(),
                                "priceDelta", money(option.deltaMinor()),
                                "available", true));
                    }
                    groups.add(ordered(
                            "id", group.id(),
                            "name", group.name(),
                            "minSelections", group.min(),
                            "maxSelections", group.max(),
                            "options", options));
                }
                items.add(ordered(
                        "id", dish.id(),
                        "name", dish.name(),
                        "description", dish.description(),
                        "price", money(dish.priceMinor()),
                        "diet", dish.diet(),
                        "allergens", List.of(),
                        "imageUrl", null,
                        "available", true,
                        "soldOutUntil", null,
                        "optionGroups", groups));
            }
            categories.add(ordered("id", category.id(), "name", category.name(), "items", items));
        }
        return ordered("categories", categories);
    }

    private static Map<String, Object> money(long minor) {
        return ordered("amountMinor", minor, "currency", CURRENCY);
    }

    private static Map<String, Object> ordered(@Nullable Object... pairs) {
        var map = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Events
    // ---------------------------------------------------------------------------------------------------------------

    private static RiderApproved riderApproved(City.Rider rider, Instant now) {
        var p = rider.person();
        return new RiderApproved(
                CityIds.of(Kind.EVENT_RIDER_APPROVED, p.index()),
                now,
                p.id(),
                0,
                CityIds.of(Kind.APPLICATION, p.index()),
                p.name(),
                p.phone(),
                VehicleType.SCOOTER,
                "Hyderabad");
    }

    private static RestaurantUpserted upserted(Restaurant r, City.Person owner, Instant now) {
        var hours = new ArrayList<RestaurantUpserted.OpeningHours>();
        for (var day : DayOfWeek.values()) {
            hours.add(new RestaurantUpserted.OpeningHours(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        }
        return new RestaurantUpserted(
                CityIds.of(Kind.EVENT_RESTAURANT_UPSERTED, r.index()),
                now,
                r.id(),
                1,
                owner.id(),
                r.name(),
                r.description(),
                new Address(
                        r.street(),
                        null,
                        "Hyderabad",
                        "500034",
                        "IN",
                        new GeoPoint(r.kitchen().lat(), r.kitchen().lon())),
                "Asia/Kolkata",
                r.cuisines(),
                CURRENCY,
                r.radiusMetres(),
                Money.of(9900, CURRENCY),
                r.prepMinutes(),
                hours,
                true,
                imageUrl(r));
    }

    private static MenuChanged menuChanged(Restaurant r, Instant now) {
        var categories = new ArrayList<MenuChanged.Category>();
        for (var category : r.menu()) {
            var items = new ArrayList<MenuChanged.Item>();
            for (var dish : category.dishes()) {
                var groups = dish.groups().stream()
                        .map(group -> new MenuChanged.OptionGroup(
                                group.id(),
                                group.name(),
                                group.min(),
                                group.max(),
                                group.options().stream()
                                        .map(option -> new MenuChanged.Option(
                                                option.id(),
                                                option.name(),
                                                Money.of(option.deltaMinor(), CURRENCY),
                                                true))
                                        .toList()))
                        .toList();
                items.add(new MenuChanged.Item(
                        dish.id(),
                        dish.name(),
                        dish.description(),
                        Money.of(dish.priceMinor(), CURRENCY),
                        true,
                        dish.diet().equals("VEG") ? List.of(MenuChanged.DietaryTag.VEGETARIAN) : List.of(),
                        null,
                        groups));
            }
            categories.add(new MenuChanged.Category(category.id(), category.name(), items));
        }
        return new MenuChanged(CityIds.of(Kind.EVENT_MENU_CHANGED, r.index()), now, r.id(), 1, CURRENCY, categories);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // COPY
    // ---------------------------------------------------------------------------------------------------------------

    /** A connection as the service's own role; retried for a minute while Postgres has no free slot. */
    private Connection connect(String service) throws SQLException, InterruptedException {
        var role = "platter_" + service;
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (true) {
            try {
                return DriverManager.getConnection(platform.jdbcUrl(service), role, role);
            } catch (SQLException busy) {
                if (System.nanoTime() > deadline || !"53300".equals(busy.getSQLState())) {
                    throw busy;
                }
                Thread.sleep(1_000);
            }
        }
    }

    /**
     * COPYs the rows into a temporary twin of the table, then inserts those not already there; the values of {@code
     * returning} (a uuid column) of the rows inserted, when asked.
     */
    private static Set<UUID> copyInsert(Connection db, String table, Csv rows, @Nullable String returning)
            throws SQLException, IOException {
        var twin = "seed_" + table;
        try (var statement = db.createStatement()) {
            statement.execute("create temporary table if not exists " + twin + " (like " + table + ")");
            statement.execute("truncate " + twin);
        }
        db.unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("copy " + twin + " from stdin with (format csv)", new StringReader(rows.text()));
        var added = new HashSet<UUID>();
        var insert = "insert into " + table + " select * from " + twin + " on conflict do nothing"
                + (returning == null ? "" : " returning " + returning);
        try (var statement = db.createStatement()) {
            if (returning == null) {
                statement.executeUpdate(insert);
            } else {
                try (var inserted = statement.executeQuery(insert)) {
                    while (inserted.next()) {
                        added.add(inserted.getObject(1, UUID.class));
                    }
                }
            }
        }
        return added;
    }

    /** Rows in CSV as COPY reads them: a missing value is NULL, every other value quoted. */
    private static final class Csv {

        private final StringBuilder text = new StringBuilder();

        void row(@Nullable Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append(',');
                }
                var value = values[i];
                if (value != null) {
                    text.append('"')
                            .append(value.toString().replace("\"", "\"\""))
                            .append('"');
                }
            }
            text.append('\n');
        }

        String text() {
            return text.toString();
        }
    }
}
