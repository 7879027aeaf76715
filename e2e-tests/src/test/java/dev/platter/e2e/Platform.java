package dev.platter.e2e;

import dev.platter.e2e.client.Api;
import dev.platter.e2e.client.City;
import dev.platter.e2e.client.City.Place;
import dev.platter.e2e.client.City.Session;
import dev.platter.platform.test.HttpStub;
import dev.platter.platform.test.ServiceProcess;
import dev.platter.platform.test.StripeSandboxAccess;
import dev.platter.platform.test.TestRun;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The whole platform for the journeys, once per JVM: the nine services from their built jars, each a process of its
 * own with the JVM options {@code ./platform up} uses, configured for this test run (its databases, topic prefix,
 * Redis key prefix, index prefix), trusting this run's user-service's keys, with the gateway routing to them. Payments
 * go through stripe-java to this run's own stripe-sandbox account; push and SMS through the real SDKs to local stubs
 * that keep what they were sent; mail to the SMTP sink {@code ./platform} runs.
 *
 * <p>Durations are short so the journeys that wait for a timeout take seconds: a ticket nobody accepts is rejected
 * after {@link #ACCEPTANCE_WINDOW_SECONDS}, a delivery nobody takes is unassignable after a few seconds, and
 * reconciliation looks at payments older than a few seconds.
 *
 * <p>Journeys keep out of each other's way by place: each takes a {@link #neighbourhood()} of its own, 40 km from any
 * other, beyond the reach of dispatch (10 km) and of every restaurant's delivery radius.
 */
public final class Platform {

    public static final int ACCEPTANCE_WINDOW_SECONDS = 20;
    public static final String ADMIN_EMAIL = "ops." + TestRun.id() + "@platter.test";
    public static final String ADMIN_PASSWORD = "correct-horse-battery-staple";
    public static final String FCM_PROJECT = "platter-e2e";
    public static final String TWILIO_ACCOUNT = "AC00000000000000000000000000e2e000";

    private static final Place BENGALURU = new Place(12.9716, 77.5946);
    private static final AtomicInteger NEIGHBOURHOODS = new AtomicInteger();

    private static @Nullable Platform running;
    private static @Nullable RuntimeException failure;

    /** Every process this platform launched, in launch order: all of them stop with the JVM, or when a start fails. */
    private final List<ServiceProcess> launched = new ArrayList<>();

    public final ServiceProcess users;
    public final ServiceProcess restaurants;
    public final ServiceProcess orders;
    public final ServiceProcess payments;
    public final ServiceProcess deliveries;
    public final ServiceProcess notifications;
    public final ServiceProcess search;
    public final ServiceProcess analytics;
    public final ServiceProcess gateway;

    /** Firebase Cloud Messaging as firebase-admin talks to it: accepts every message and keeps it. */
    public final HttpStub fcm = new HttpStub(request ->
            HttpStub.Reply.json(200, "{\"name\":\"projects/" + FCM_PROJECT + "/messages/" + UUID.randomUUID() + "\"}"));

    /** Twilio's Messages API as its SDK talks to it: queues every message and keeps it. */
    public final HttpStub twilio = new HttpStub(request -> HttpStub.Reply.json(
            201,
            "{\"sid\":\"SM" + UUID.randomUUID().toString().replace("-", "") + "\",\"account_sid\":\""
                    + TWILIO_ACCOUNT + "\",\"status\":\"queued\",\"num_segments\":\"1\","
                    + "\"direction\":\"outbound-api\"}"));

    /** This run's stripe-sandbox account: payment-service's key, and the handle for the sandbox's faults. */
    public final StripeSandboxAccess stripe = StripeSandboxAccess.account("e2e");

    private final Api api;
    private final City city;

    /** The platform of this JVM, started on first use and stopped when the JVM ends. */
    public static synchronized Platform get() {
        if (failure != null) {
            throw new IllegalStateException("The platform of this JVM did not start; see the first journey", failure);
        }
        if (running == null) {
            try {
                running = new Platform();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
        return running;
    }

    private Platform() {
        var hook = new Thread(this::stop);
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            users = launched(ServiceProcess.jar("user-service", "platter_user")
                    .property("platter.users.bootstrap-admin.email", ADMIN_EMAIL)
                    .property("platter.users.bootstrap-admin.password", ADMIN_PASSWORD)
                    .property("platter.users.signing-keys.publish-ahead", "0s")
                    .build());
            users.start();
            var jwks = users.uri("/.well-known/jwks.json").toString();
            var usersUri = users.uri("").toString();

            restaurants = launched(service("restaurant-service", "platter_restaurant", jwks)
                    .property("platter.restaurants.acceptance-window", ACCEPTANCE_WINDOW_SECONDS + "s")
                    .build());
            payments = launched(service("payment-service", "platter_payment", jwks)
                    .property("platter.payment.stripe.api-base", StripeSandboxAccess.apiBase())
                    .property("platter.payment.stripe.secret-key", stripe.key())
                    .property("platter.payment.reconciliation.interval", "2s")
                    .property("platter.payment.reconciliation.grace", "6s")
                    .build());
            deliveries = launched(service("delivery-service", "platter_delivery", jwks)
                    .property("platter.delivery.offer-timeout", "15s")
                    .property("platter.delivery.retry-initial", "1s")
                    .property("platter.delivery.retry-max", "3s")
                    .property("platter.delivery.unassignable-after", "5s")
                    .build());
            notifications = launched(service("notification-service", "platter_notification", jwks)
                    .property("spring.mail.host", MailSink.host())
                    .property("spring.mail.port", Integer.toString(MailSink.smtpPort()))
                    .property("platter.notifications.push.project-id", FCM_PROJECT)
                    .property("platter.notifications.push.access-token", "fcm-stub-token")
                    .property("platter.notifications.push.endpoint", fcm.url())
                    .property("platter.notifications.sms.account-sid", TWILIO_ACCOUNT)
                    .property("platter.notifications.sms.auth-token", "twilio-stub-secret")
                    .property("platter.notifications.sms.endpoint", twilio.url())
                    .property("platter.notifications.sms.daily-cap", "50")
                    .property("platter.notifications.delivery.initial-backoff", "1s")
                    .build());
            analytics = launched(
                    service("analytics-service", "platter_analytics", jwks).build());
            // order-service and search-service call the others, so they start once their addresses are known
            startAll(List.of(restaurants, payments, deliveries, notifications, analytics));
            orders = launched(service("order-service", "platter_order", jwks)
                    .property("platter.clients.users", usersUri)
                    .property("platter.clients.restaurants", restaurants.uri("").toString())
                    .property("platter.clients.payments", payments.uri("").toString())
                    .property("platter.clients.read-timeout", "10s")
                    // a checkout that died with its process holds its Idempotency-Key this long before a retry takes
                    // over
                    .property("platter.idempotency.in-progress-timeout", "10s")
                    .build());
            search = launched(service("search-service", "platter_search", jwks)
                    .property("platter.clients.users", usersUri)
                    .property("platter.clients.restaurants", restaurants.uri("").toString())
                    .build());
            startAll(List.of(orders, search));

            var gatewayBuilder = service("gateway-service", null, jwks)
                    // the journeys sign many people in from one address; the gateway's own limits have their own tests
                    .property("platter.gateway.rate-limits.auth.requests", "100000")
                    .property("platter.gateway.rate-limits.per-user.requests", "100000")
                    .property("platter.gateway.rate-limits.per-address.requests", "1000000");
            services()
                    .forEach((name, process) -> gatewayBuilder.property(
                            "platter.gateway.services." + name + ".uri",
                            process.uri("").toString()));
            gateway = launched(gatewayBuilder.build());
            gateway.start();

            api = new Api(gateway.uri(""));
            city = new City(api, api);
        } catch (RuntimeException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            stop();
            throw e;
        }
    }

    private ServiceProcess launched(ServiceProcess process) {
        launched.add(process);
        return process;
    }

    private static ServiceProcess.Builder service(String module, String database, String jwks) {
        return ServiceProcess.jar(module, database)
                .property("platter.security.jwks-uri", jwks)
                .property("platter.kafka.retry.max-retries", "3");
    }

    private static void startAll(List<ServiceProcess> processes) {
        var starting = new ArrayList<CompletableFuture<ServiceProcess>>();
        for (var process : processes) {
            starting.add(CompletableFuture.supplyAsync(process::start));
        }
        CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).join();
    }

    private void stop() {
        for (int i = launched.size() - 1; i >= 0; i--) {
            launched.get(i).close();
        }
        fcm.close();
        twilio.close();
    }

    /** Platter's public API: the gateway. */
    public Api api() {
        return api;
    }

    /** People, restaurants and the steps of an order, all through the gateway. */
    public City city() {
        return city;
    }

    public URI gatewayUri() {
        return gateway.uri("");
    }

    public URI hub() {
        return URI.create("ws://127.0.0.1:" + gateway.port() + "/ws");
    }

    /** The platform's admin ("ops"), signed in now. */
    public Session admin() {
        return city.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** A place of the map no other journey of this JVM uses: 40 km further north each time. */
    public static Place neighbourhood() {
        return BENGALURU.offset(40_000.0 * NEIGHBOURHOODS.incrementAndGet(), 0);
    }

    /** A unique email of this run, so mailboxes of the SMTP sink and accounts never mix between runs. */
    public static String email(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "." + TestRun.id() + "@platter.test";
    }

    /** The services behind the gateway, by the name of their route. */
    public Map<String, ServiceProcess> services() {
        var all = new LinkedHashMap<String, ServiceProcess>();
        all.put("user", users);
        all.put("restaurant", restaurants);
        all.put("order", orders);
        all.put("payment", payments);
        all.put("delivery", deliveries);
        all.put("notification", notifications);
        all.put("search", search);
        all.put("analytics", analytics);
        return all;
    }
}
