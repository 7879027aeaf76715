package dev.platter.analytics;

import dev.platter.platform.events.PlatterEvent;
import dev.platter.platform.events.delivery.RiderWentOffline;
import dev.platter.platform.events.delivery.RiderWentOnline;
import dev.platter.platform.events.order.OrderCancelled;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A known morning in one city, on a day of its own: two restaurants (Spice Garden, Biryani Junction) with six orders
 * between them (delivered on time, delivered late, rejected, cancelled by the customer, payment declined, delivered
 * late with a promotion) and three riders' shifts. Every figure the API answers for it is worked out by hand in the
 * tests.
 */
public final class CityDay {

    public final Instant day;
    public final Instant start;
    public final String city;
    public final UUID spiceGarden = UUID.randomUUID();
    public final UUID biryaniJunction = UUID.randomUUID();
    public final AnalyticsServiceIT.Person spiceGardenOwner = AnalyticsServiceIT.owner();
    public final AnalyticsServiceIT.Person biryaniJunctionOwner = AnalyticsServiceIT.owner();
    public final UUID ravi = UUID.randomUUID();
    public final UUID meena = UUID.randomUUID();
    public final UUID arjun = UUID.randomUUID();
    private final List<PlatterEvent> events = new ArrayList<>();

    /** A day between {@code firstDay} and 1,000 days later, so classes and runs never share one. */
    public CityDay(Instant firstDay) {
        var random = new Random();
        this.day = firstDay.plus(Duration.ofDays(random.nextInt(1000)));
        this.start = day.plus(Duration.ofHours(10));
        this.city = "Bengaluru " + UUID.randomUUID().toString().substring(0, 8);
        build();
    }

    /** T + minutes:seconds. */
    public Instant at(int minutes, int seconds) {
        return start.plusSeconds(minutes * 60L + seconds);
    }

    private void build() {
        events.add(OrderStory.restaurant(spiceGarden, 1, spiceGardenOwner.id(), "Spice Garden", city));
        events.add(OrderStory.restaurant(biryaniJunction, 1, biryaniJunctionOwner.id(), "Biryani Junction", city));
        // delivered in 35 minutes, before its ETA; ready 2 minutes after the promised 15
        events.addAll(new OrderStory(spiceGarden, city, 50000, 5000)
                .created(at(0, 0))
                .paid(at(0, 20))
                .placed(at(0, 30))
                .accepted(at(1, 30), 15)
                .deliveryRequested(at(1, 30))
                .riderAssigned(at(2, 30), ravi, at(40, 30))
                .ready(at(18, 30))
                .pickedUp(at(20, 0), ravi, at(40, 30))
                .delivered(at(35, 30), ravi)
                .events());
        // delivered in 45 minutes, 15 minutes after its ETA; ready a minute early
        events.addAll(new OrderStory(spiceGarden, city, 30000, 0)
                .created(at(0, 40))
                .paid(at(0, 45))
                .placed(at(0, 50))
                .accepted(at(2, 50), 10)
                .deliveryRequested(at(2, 50))
                .riderAssigned(at(3, 20), meena, at(30, 50))
                .ready(at(11, 50))
                .pickedUp(at(13, 0), meena, at(30, 50))
                .delivered(at(45, 50), meena)
                .events());
        // rejected by the kitchen
        events.addAll(new OrderStory(spiceGarden, city, 25000, 0)
                .created(at(1, 0))
                .paid(at(1, 5))
                .placed(at(1, 10))
                .rejected(at(3, 10))
                .events());
        // cancelled by the customer while placed
        events.addAll(new OrderStory(biryaniJunction, city, 20000, 0)
                .created(at(1, 15))
                .paid(at(1, 18))
                .placed(at(1, 20))
                .cancelled(at(2, 0), OrderCancelled.Status.PLACED, OrderCancelled.CancelledBy.CUSTOMER)
                .events());
        // the card was declined: never placed
        events.addAll(new OrderStory(biryaniJunction, city, 15000, 0)
                .created(at(2, 0))
                .paymentFailed(at(2, 5))
                .cancelled(at(2, 6), OrderCancelled.Status.PENDING_PAYMENT, OrderCancelled.CancelledBy.SYSTEM)
                .events());
        // delivered in 60 minutes, 12 minutes after its ETA, with a promotion; ready exactly when promised
        events.addAll(new OrderStory(biryaniJunction, city, 42000, 2000)
                .created(at(2, 10))
                .paid(at(2, 20))
                .placed(at(2, 30))
                .accepted(at(3, 0), 20)
                .deliveryRequested(at(3, 0))
                .riderAssigned(at(5, 0), arjun, at(50, 30))
                .ready(at(23, 0))
                .pickedUp(at(25, 0), arjun, at(50, 30))
                .delivered(at(62, 30), arjun)
                .events());
        // Ravi: online 09:50 to 11:10 (a repeated "online" in between changes nothing) = 80 minutes
        events.add(new RiderWentOnline(UUID.randomUUID(), at(-10, 0), ravi, 1, null));
        events.add(new RiderWentOnline(UUID.randomUUID(), at(30, 0), ravi, 2, null));
        events.add(new RiderWentOffline(UUID.randomUUID(), at(70, 0), ravi, 3, RiderWentOffline.Reason.RIDER_REQUEST));
        // Meena: 60 minutes; Arjun: 90 minutes
        events.addAll(OrderStory.shift(meena, 1, at(0, 0), at(60, 0)));
        events.addAll(OrderStory.shift(arjun, 1, at(0, 0), at(90, 0)));
    }

    /** Every event of the day, once each. */
    public List<PlatterEvent> events() {
        return List.copyOf(events);
    }

    /** Every event, shuffled, with every third one sent twice. */
    public List<PlatterEvent> shuffledWithDuplicates(long seed) {
        var sent = new ArrayList<PlatterEvent>();
        for (int i = 0; i < events.size(); i++) {
            sent.add(events.get(i));
            if (i % 3 == 0) {
                sent.add(events.get(i));
            }
        }
        Collections.shuffle(sent, new Random(seed));
        return sent;
    }

    public String range() {
        return "from=" + day + "&to=" + day.plus(Duration.ofDays(1));
    }
}
