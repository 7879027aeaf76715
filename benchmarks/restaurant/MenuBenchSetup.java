import dev.platter.platform.test.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Serves the signing keys restaurant-service trusts during a benchmark, and seeds what is read: two restaurants with
 * the same menu (6 categories x 8 items, half of them with three option groups), one published (read through the cache by
 * anyone), one not (read by its owner, straight from Postgres).
 *
 * <p>Usage: {@code java -cp <platform-test classpath> MenuBenchSetup.java <service base URL> <output file>}; writes
 * {@code jwks=}, waits for a line on standard input (the service is ready), then once seeded {@code published=}, {@code unpublished=}, {@code owner=}, and keeps serving the keys
 * until killed.
 */
public class MenuBenchSetup {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        var base = args[0];
        var out = Path.of(args[1]);
        Files.writeString(out, "jwks=" + TestTokens.jwksUri() + "\n");
        var ownerId = UUID.randomUUID();
        var owner = TestTokens.forUser(ownerId, "RESTAURANT_OWNER");
        var admin = TestTokens.forRoles("ADMIN");
        // the script starts the service with these keys, and says on standard input once it is ready
        new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();
        var published = restaurant(base, owner, "Bench Biryani House");
        send(base + "/api/v1/admin/restaurants/" + published + "/approve", admin, "{}", "POST");
        var unpublished = restaurant(base, owner, "Bench Biryani House (draft)");
        Files.writeString(
                out,
                "published=" + published + "\nunpublished=" + unpublished + "\nowner=" + owner + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        Thread.currentThread().join(); // keep serving the keys
    }

    private static String restaurant(String base, String owner, String name) throws Exception {
        var days = new ArrayList<String>();
        for (var day : java.time.DayOfWeek.values()) {
            days.add("{\"day\":\"" + day + "\",\"opens\":\"00:00\",\"closes\":\"00:00\"}");
        }
        var restaurant = """
                {"name":"%s","cuisines":["Biryani","North Indian"],
                 "address":{"line1":"1 MG Road","city":"Bengaluru","countryCode":"IN","lat":12.97,"lon":77.59},
                 "phone":"+91 80 4000 1234","currency":"INR","zoneId":"Asia/Kolkata","deliveryRadiusMetres":5000,
                 "minimumOrder":{"amountMinor":19900,"currency":"INR"},
                 "packagingCharge":{"amountMinor":2000,"currency":"INR"},"averagePrepMinutes":20,
                 "openingHours":[%s]}
                """.formatted(name, String.join(",", days));
        var id = id(send(base + "/api/v1/restaurants", owner, restaurant, "POST"));
        for (int c = 0; c < 6; c++) {
            var category = id(send(
                    base + "/api/v1/restaurants/" + id + "/menu/categories",
                    owner,
                    "{\"name\":\"Category " + c + "\"}",
                    "POST"));
            for (int i = 0; i < 8; i++) {
                send(
                        base + "/api/v1/restaurants/" + id + "/menu/categories/" + category + "/items",
                        owner,
                        item("Dish " + c + "-" + i, i % 2 == 0),
                        "POST");
            }
        }
        return id;
    }

    private static String item(String name, boolean withOptions) {
        var options = List.of("Small:0", "Medium:8000", "Large:16000");
        var toppings = List.of("Olives:4000", "Paneer:6000", "Onion:3000", "Corn:3000", "Mushroom:5000");
        return """
                {"name":"%s","description":"Slow-cooked with whole spices, served with raita and salan",
                 "price":{"amountMinor":29900,"currency":"INR"},"diet":"VEG","allergens":["DAIRY","NUTS"],
                 "imageUrl":"https://images.platter.dev/dish.jpg",
                 "optionGroups":[%s]}
                """.formatted(
                        name,
                        withOptions
                                ? String.join(
                                        ",",
                                        group("Size", 1, 1, options),
                                        group("Extra toppings", 0, 5, toppings),
                                        group("Spice", 1, 1, List.of("Mild:0", "Medium:0", "Hot:0")))
                                : "");
    }

    private static String group(String name, int min, int max, List<String> options) {
        var rendered = options.stream()
                .map(option -> "{\"name\":\"" + option.split(":")[0] + "\",\"priceDelta\":{\"amountMinor\":"
                        + option.split(":")[1] + ",\"currency\":\"INR\"}}")
                .toList();
        return "{\"name\":\"" + name + "\",\"minSelections\":" + min + ",\"maxSelections\":" + max
                + ",\"options\":[" + String.join(",", rendered) + "]}";
    }

    private static String send(String url, String token, String body, String method) throws Exception {
        var response = HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private static String id(String json) {
        var matcher = ID.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("No id in " + json);
        }
        return matcher.group(1);
    }
}
