package dev.platter.e2e;

import static dev.platter.e2e.client.City.dishPlan;
import static dev.platter.e2e.client.City.group;

import dev.platter.e2e.client.City;
import dev.platter.e2e.client.City.Customer;
import dev.platter.e2e.client.City.Place;
import dev.platter.e2e.client.City.Restaurant;
import dev.platter.e2e.client.City.RestaurantPlan;
import dev.platter.e2e.client.City.Session;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One journey's corner of the map ({@link Platform#neighbourhood()}): a published restaurant with a menu (a biryani
 * with a required portion and optional extras, and a plain lassi), its owner, and makers for the customers (a home 1.2
 * km from the kitchen) and riders (online 400 m from it) of the journey. Everything through the gateway, with fresh
 * accounts of this run.
 */
public final class Town {

    public final Platform platform;
    public final City city;
    public final Place kitchen;
    public final Session admin;
    public final Session owner;
    public final Restaurant restaurant;
    public final JsonNode biryani;
    public final JsonNode lassi;

    public Town(String restaurantName) {
        platform = Platform.get();
        city = platform.city();
        kitchen = Platform.neighbourhood();
        admin = platform.admin();
        owner = city.owner(Platform.email("owner"), "Meera Iyer", "+919800000001", admin.token());
        restaurant = city.restaurant(
                owner,
                new RestaurantPlan(
                        restaurantName, "Dum biryani and cool lassi", List.of("Hyderabadi"), kitchen, "12 MG Road", 15),
                admin.token());
        var mains = city.category(owner, restaurant.id(), "Mains");
        var portions = new LinkedHashMap<String, Long>();
        portions.put("Regular", 0L);
        portions.put("Large", 12000L);
        var extras = new LinkedHashMap<String, Long>();
        extras.put("Extra raita", 3000L);
        extras.put("Boiled egg", 2500L);
        biryani = city.dish(
                owner,
                restaurant.id(),
                mains,
                dishPlan(
                        "Chicken Dum Biryani",
                        "Basmati and chicken sealed and slow-cooked",
                        32900,
                        "NON_VEG",
                        List.of(group("Portion", 1, 1, portions), group("Extras", 0, 2, extras))));
        lassi = city.dish(
                owner,
                restaurant.id(),
                mains,
                dishPlan("Sweet Lassi", "Thick curd, sugar, cardamom", 9900, "VEG", List.of()));
    }

    /** A new customer of this run with a saved home 1.2 km from the kitchen. */
    public Customer customer(String name) {
        return city.customer(
                Platform.email(name.toLowerCase().replace(' ', '.')),
                name,
                "+9198" + String.format("%08d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000_000)),
                kitchen.offset(-800, 900),
                "4 Residency Road");
    }

    /** A new rider of this run, approved and online 400 m from the kitchen. */
    public Session rider(String name) {
        var rider = city.rider(
                Platform.email("rider"),
                name,
                "+9197" + String.format("%08d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000_000)),
                admin.token());
        city.online(rider, kitchen.offset(400, 0));
        return rider;
    }

    public String largeBiryaniOption() {
        return City.optionId(biryani, "Portion", "Large");
    }

    /** One large biryani with raita and two lassis in the customer's cart. */
    public void fillCart(Customer customer) {
        city.addToCart(
                customer,
                restaurant.id(),
                biryani.get("id").asString(),
                1,
                List.of(largeBiryaniOption(), City.optionId(biryani, "Extras", "Extra raita")));
        city.addToCart(customer, restaurant.id(), lassi.get("id").asString(), 2, List.of());
    }

    /** The ticket of the order, once the kitchen has it. */
    public JsonNode ticket(String orderId) {
        return city.ticket(owner, restaurant.id(), orderId, Duration.ofSeconds(30));
    }

    /** The owner accepts the order's ticket with 10 minutes to prepare. */
    public JsonNode accept(String orderId) {
        var ticket = ticket(orderId);
        platform.api()
                .post(
                        "/api/v1/kitchen/tickets/" + ticket.get("id").asString() + "/accept",
                        owner.token(),
                        Map.of("prepMinutes", 10))
                .expect(200);
        return ticket;
    }
}
