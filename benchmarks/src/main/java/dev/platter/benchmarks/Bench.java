package dev.platter.benchmarks;

import dev.platter.benchmarks.city.City;
import dev.platter.benchmarks.city.CitySeeder;
import java.util.Locale;

/**
 * {@code ./platform bench}: seeds the benchmark city, lists the scenarios, runs one (or searches its knee) against the
 * platform {@code ./platform up} runs. Options are {@code --name=value} arguments or {@code -Dbench.name=value}
 * system properties; {@code ./platform bench help} lists them.
 */
public final class Bench {

    private Bench() {}

    public static void main(String[] args) {
        var options = Options.parse(args);
        int status;
        try {
            status = run(options);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("bench: " + e.getMessage());
            status = 1;
        } catch (Exception e) {
            System.err.println("bench: " + e);
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private static int run(Options options) throws Exception {
        var words = options.words();
        var command = words.isEmpty() ? "help" : words.get(0);
        var platform = new Platform(options);
        switch (command) {
            case "help", "-h", "--help" -> {
                System.out.print(usage());
                return 0;
            }
            case "list" -> {
                list();
                return 0;
            }
            case "seed" -> {
                requireUp(platform);
                var full = City.Size.FULL;
                var size = new City.Size(
                        options.integer("restaurants", full.restaurants()),
                        options.integer("dishes", full.dishes()),
                        options.integer("riders", full.riders()),
                        options.integer("customers", full.customers()));
                boolean republish = options.flag("republish");
                warnUnread(options);
                new CitySeeder(platform, Bench::say).seed(size, republish);
                return 0;
            }
            default -> {
                var scenario = Scenario.of(command);
                requireUp(platform);
                var runner = new Runner(platform, options, Bench::say);
                // every option is read before the first step; a misspelt one would silently change nothing
                runner.run(scenario);
                warnUnread(options);
                return 0;
            }
        }
    }

    private static void requireUp(Platform platform) {
        var down = platform.notReady();
        if (!down.isEmpty()) {
            throw new IllegalStateException("not ready: " + String.join(", ", down) + " (./platform up starts the"
                    + " platform, ./platform status shows what runs)");
        }
    }

    private static void warnUnread(Options options) {
        var unread = options.unread();
        if (!unread.isEmpty()) {
            say("warning: options not understood (ignored): " + String.join(", ", unread));
        }
    }

    static void say(String line) {
        System.out.println(line);
    }

    private static void list() {
        System.out.printf("%-10s %-68s %s%n", "SCENARIO", "WHAT", "DEFAULT RATES");
        for (var scenario : Scenario.values()) {
            var rates = new StringBuilder();
            scenario.rates().forEach((stream, rate) -> rates.append(rates.isEmpty() ? "" : ", ")
                    .append(stream.key())
                    .append(' ')
                    .append(String.format(Locale.ROOT, "%.0f", rate))
                    .append("/s"));
            System.out.printf("%-10s %-68s %s%n", scenario.key(), scenario.description(), rates);
        }
    }

    static String usage() {
        return """
                Usage: ./platform bench <command> [--option=value ...] [-Dbench.option=value ...]

                  seed               seed the benchmark city (idempotent; larger sizes add to it)
                                     --restaurants=5000 --dishes=200000 --riders=10000 --customers=100000
                                     --republish (send the city's events again)
                  list               the scenarios and their default rates
                  <scenario>         run a scenario: menu, search, suggest, cart, checkout, tracking, pings,
                                     dispatch, gateway, mixed
                      --duration=60s     measured time (mixed: 10m)      --warm-up=30s
                      --rate=N           arrivals/s of the scenario's stream --rate.<stream>=N  one stream's rate
                      --scale=F          every stream's rate times F (mixed --scale=0.01: a smoke run)
                      --riders-online=N  riders put online (default: enough for the pings and deliveries)
                      --baseline=10s     the platform watched idle before the load (per-arrival CPU is above it)
                  <scenario> --knee  step the rate up until p99 breaks its target, errors pass 0.1 % or the rate
                                     is not reached; report the last rate that held
                      --from=N --step=N --steps=16 --step-duration=60s --warm-up=30s
                      --p99=MS           a p99 target for a stream without one (cart, tracking)

                Results: benchmarks/results/<timestamp>-<scenario>/ (summary.txt, summary.md, the Gatling report,
                resources.csv). benchmarks/README.md lists every option and says what every figure means.
                """;
    }
}
