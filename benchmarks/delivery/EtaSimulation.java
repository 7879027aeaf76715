import dev.platter.delivery.eta.EtaEstimator;
import dev.platter.platform.events.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * How far delivery-service's ETAs are from the truth when riders do not ride the straight line the estimate assumes.
 * Simulated deliveries on a street grid (100 m blocks): the rider rides a staircase of blocks from where they accept
 * to the restaurant and on to the customer, sometimes around a block (one-way streets), with a cruising speed of
 * their own (22 km/h on average, whatever the estimator is configured with), a different speed on every block
 * (traffic: 0.6 to 1.3 times their own), stops at a quarter of the intersections (signals, 5 to 45 s) and a wait at the
 * restaurant until the food is ready (5 to 20 min after assignment) plus the hand-over (1 to 3 min). The estimates are the service's own ({@link EtaEstimator},
 * with the road factor and vehicle speed the service is configured with): at assignment (RiderAssigned), at pickup
 * (DeliveryPickedUp), and from every position sent every 10 s on the way (RiderLocationUpdated).
 *
 * <p>Usage: {@code java -cp <delivery-service classes and classpath> EtaSimulation.java [deliveries] [road factor]
 * [vehicle km/h] [hand-over seconds] [seed]} (defaults: the service's configuration, 2,000 deliveries, seed 7)
 */
public class EtaSimulation {

    private static final double BLOCK = 100;
    private static final GeoPoint ORIGIN = new GeoPoint(12.9716, 77.5946);
    private static final Instant T0 = Instant.parse("2026-12-02T12:00:00Z");
    private static final double REPORT_EVERY_S = 10;
    /** How fast the simulated riders ride between stops, on average (22 km/h), whatever the estimator assumes. */
    private static final double RIDER_CRUISING_MPS = 22 / 3.6;

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        double factor = args.length > 1 ? Double.parseDouble(args[1]) : 1.35;
        double kmh = args.length > 2 ? Double.parseDouble(args[2]) : 22;
        int handover = args.length > 3 ? Integer.parseInt(args[3]) : 120;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 7;
        var eta = new EtaEstimator(factor, Duration.ofSeconds(handover));
        double speed = kmh / 3.6;
        var random = new Random(seed);

        var atAssignment = new ArrayList<Double>();
        var atPickup = new ArrayList<Double>();
        var halfway = new ArrayList<Double>();
        var enRoute = new ArrayList<Double>();
        var enRouteRelative = new ArrayList<Double>();
        var tripSeconds = new ArrayList<Double>();
        for (int i = 0; i < n; i++) {
            var restaurant = new int[] {0, 0};
            var rider = blockWithin(random, 25, 2);
            var customer = blockWithin(random, 50, 8);
            double cruising = clamp(RIDER_CRUISING_MPS + random.nextGaussian() * 1.2, 3, 10);
            double prep = 300 + random.nextDouble() * 900;

            // the ride: to the restaurant, wait for the food, hand-over, then to the customer
            var toRestaurant = ride(random, rider, restaurant, cruising);
            double atRestaurant = toRestaurant.get(toRestaurant.size() - 1).t();
            double leaves = Math.max(atRestaurant, prep) + 60 + random.nextDouble() * 120;
            var toCustomer = ride(random, restaurant, customer, cruising);
            var shifted = new ArrayList<Fix>();
            for (var fix : toCustomer) {
                shifted.add(new Fix(fix.t() + leaves, fix.x(), fix.y()));
            }
            double arrives = shifted.get(shifted.size() - 1).t();
            tripSeconds.add(arrives);

            var readyAt = T0.plusMillis((long) (prep * 1000));
            var assignedEstimate = eta.arrivalAtDropOffViaPickup(
                    T0, point(rider), point(restaurant), readyAt, point(customer), speed);
            atAssignment.add(seconds(assignedEstimate) - arrives);
            var pickupEstimate = eta.arrivalAtDropOff(at(leaves), point(restaurant), point(customer), speed);
            atPickup.add(seconds(pickupEstimate) - arrives);

            boolean halfDone = false;
            for (double t = leaves + REPORT_EVERY_S; t < arrives; t += REPORT_EVERY_S) {
                var position = positionAt(shifted, t);
                double estimate = seconds(eta.arrivalAtDropOff(at(t), position, point(customer), speed));
                double error = estimate - arrives;
                enRoute.add(error);
                enRouteRelative.add(Math.abs(error) / (arrives - t));
                if (!halfDone && t - leaves >= (arrives - leaves) / 2) {
                    halfway.add(error);
                    halfDone = true;
                }
            }
        }
        System.out.printf(
                "%d simulated deliveries on a 100 m street grid, road factor %.2f, vehicle %.0f km/h, hand-over %d s;"
                        + " mean time from assignment to the door %.1f min%n",
                n, factor, kmh, handover, mean(tripSeconds) / 60);
        System.out.println("error = estimated - actual arrival at the door (negative: the estimate was early)");
        describe("at assignment (RiderAssigned)", atAssignment);
        describe("at pickup (DeliveryPickedUp)", atPickup);
        describe("halfway to the customer", halfway);
        describe("every 10 s on the way (RiderLocationUpdated)", enRoute);
        List<Double> relative = new ArrayList<>(enRouteRelative);
        Collections.sort(relative);
        System.out.printf(
                "  on the way, |error| / remaining time: p50=%.0f%% p90=%.0f%%%n",
                100 * quantile(relative, 0.5), 100 * quantile(relative, 0.9));
    }

    private record Fix(double t, double x, double y) {}

    /** Rides a staircase of blocks from {@code from} to {@code to}; returns the position fixes at each corner. */
    private static List<Fix> ride(Random random, int[] from, int[] to, double cruising) {
        var moves = new ArrayList<int[]>();
        int dx = to[0] - from[0];
        int dy = to[1] - from[1];
        for (int i = 0; i < Math.abs(dx); i++) {
            moves.add(new int[] {Integer.signum(dx), 0});
        }
        for (int i = 0; i < Math.abs(dy); i++) {
            moves.add(new int[] {0, Integer.signum(dy)});
        }
        Collections.shuffle(moves, random);
        if (random.nextDouble() < 0.3 && !moves.isEmpty()) {
            // around a block: one-way street or a closed road
            int at = random.nextInt(moves.size());
            var side = random.nextBoolean() ? new int[] {0, 1} : new int[] {1, 0};
            moves.add(at, side);
            moves.add(Math.min(at + 2, moves.size()), new int[] {-side[0], -side[1]});
        }
        var fixes = new ArrayList<Fix>();
        double t = 0;
        int x = from[0];
        int y = from[1];
        fixes.add(new Fix(0, x * BLOCK, y * BLOCK));
        for (var move : moves) {
            double blockSpeed = cruising * (0.6 + random.nextDouble() * 0.7);
            t += BLOCK / blockSpeed;
            x += move[0];
            y += move[1];
            fixes.add(new Fix(t, x * BLOCK, y * BLOCK));
            if (random.nextDouble() < 0.25) {
                t += 5 + random.nextDouble() * 40;
                fixes.add(new Fix(t, x * BLOCK, y * BLOCK));
            }
        }
        return fixes;
    }

    private static GeoPoint positionAt(List<Fix> fixes, double t) {
        for (int i = 1; i < fixes.size(); i++) {
            var a = fixes.get(i - 1);
            var b = fixes.get(i);
            if (t <= b.t()) {
                double share = b.t() == a.t() ? 1 : (t - a.t()) / (b.t() - a.t());
                return metres(a.x() + (b.x() - a.x()) * share, a.y() + (b.y() - a.y()) * share);
            }
        }
        var last = fixes.get(fixes.size() - 1);
        return metres(last.x(), last.y());
    }

    private static int[] blockWithin(Random random, int blocks, int atLeast) {
        int x;
        int y;
        do {
            x = random.nextInt(2 * blocks + 1) - blocks;
            y = random.nextInt(2 * blocks + 1) - blocks;
        } while (Math.abs(x) + Math.abs(y) < atLeast || Math.hypot(x, y) > blocks);
        return new int[] {x, y};
    }

    private static GeoPoint point(int[] block) {
        return metres(block[0] * BLOCK, block[1] * BLOCK);
    }

    private static GeoPoint metres(double east, double north) {
        return new GeoPoint(
                ORIGIN.lat() + north / 111_320.0,
                ORIGIN.lon() + east / (111_320.0 * Math.cos(Math.toRadians(ORIGIN.lat()))));
    }

    private static Instant at(double seconds) {
        return T0.plusMillis((long) (seconds * 1000));
    }

    private static double seconds(Instant instant) {
        return Duration.between(T0, instant).toMillis() / 1000.0;
    }

    private static void describe(String what, List<Double> errors) {
        var absolute = new ArrayList<Double>();
        errors.forEach(e -> absolute.add(Math.abs(e)));
        Collections.sort(absolute);
        System.out.printf(
                "  %-46s n=%6d bias=%+6.0fs MAE=%5.0fs |error| p50=%5.0fs p90=%5.0fs p99=%5.0fs%n",
                what, errors.size(), mean(errors), mean(absolute), quantile(absolute, 0.5), quantile(absolute, 0.9),
                quantile(absolute, 0.99));
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    private static double quantile(List<Double> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
