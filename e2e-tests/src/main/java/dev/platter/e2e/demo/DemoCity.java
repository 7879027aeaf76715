package dev.platter.e2e.demo;

import static dev.platter.e2e.client.City.dishPlan;
import static dev.platter.e2e.client.City.group;

import dev.platter.e2e.client.City;
import dev.platter.e2e.client.City.Customer;
import dev.platter.e2e.client.City.Place;
import dev.platter.e2e.client.City.Restaurant;
import dev.platter.e2e.client.City.RestaurantPlan;
import dev.platter.e2e.client.City.Session;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * The demo's city, around MG Road in Bengaluru: 20 restaurants of five owners, each with a menu of two categories
 * whose mains have option groups (a required size or portion, optional extras), 50 riders online around them, and
 * five customers with a saved home address. Emails are fixed ({@code *@demo.platter.dev}), so seeding again signs the
 * same people in and finds their restaurants by name.
 */
final class DemoCity {

    /** A rider of the city and where they wait. */
    record Rider(Session session, Place at) {}

    record Seeded(
            List<Restaurant> restaurants,
            int newRestaurants,
            Map<UUID, Session> owners,
            List<Rider> riders,
            List<Customer> customers) {

        Session ownerOf(Restaurant restaurant) {
            var owner = owners.get(restaurant.id());
            if (owner == null) {
                throw new IllegalStateException(restaurant.name() + " is not one of the demo's restaurants");
            }
            return owner;
        }

        Rider rider(UUID riderId) {
            return riders.stream()
                    .filter(r -> r.session().userId().equals(riderId))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Rider " + riderId + " is not one of the demo's"));
        }
    }

    /** A cuisine: its restaurants' names, and its dishes (the first two are mains with options). */
    private record Cuisine(String cuisine, List<String> restaurants, List<String[]> dishes) {}

    private static final List<Cuisine> CUISINES = List.of(
            new Cuisine(
                    "Hyderabadi",
                    List.of("Paradise Biryani House", "Nizam's Kitchen", "Charminar Biryani Co", "Dum Pukht Express"),
                    List.of(
                            new String[] {
                                "Chicken Dum Biryani", "Basmati and chicken sealed and slow-cooked", "32900", "NON_VEG"
                            },
                            new String[] {"Veg Biryani", "Seasonal vegetables, saffron, fried onions", "24900", "VEG"},
                            new String[] {
                                "Mirchi Ka Salan", "Green chillies in a peanut and sesame gravy", "12900", "VEG"
                            },
                            new String[] {"Double Ka Meetha", "Bread pudding with dry fruits", "9900", "VEG"})),
            new Cuisine(
                    "South Indian",
                    List.of("Udupi Upahar", "Vidyarthi Dosa Corner", "Malleshwaram Tiffins", "Mylari Masala"),
                    List.of(
                            new String[] {"Masala Dosa", "Crisp dosa, potato palya, chutney and sambar", "9900", "VEG"},
                            new String[] {"Thatte Idli", "Two plate-sized idlis with benne", "7900", "VEG"},
                            new String[] {"Medu Vada", "Two lentil doughnuts", "6900", "VEG"},
                            new String[] {"Filter Coffee", "Chicory-blend decoction with hot milk", "4500", "VEG"})),
            new Cuisine(
                    "North Indian",
                    List.of("Spice Garden", "Punjab Grill Room", "Tandoor Tales", "Amritsari Dhaba"),
                    List.of(
                            new String[] {
                                "Butter Chicken", "Tandoori chicken in a tomato and butter gravy", "34900", "NON_VEG"
                            },
                            new String[] {"Paneer Tikka", "Char-grilled cottage cheese", "27900", "VEG"},
                            new String[] {"Garlic Naan", "From the tandoor", "6900", "VEG"},
                            new String[] {"Chicken Biryani", "Lucknowi style, with raita", "29900", "NON_VEG"})),
            new Cuisine(
                    "Italian",
                    List.of("Pizzeria Napoli", "Trattoria Roma", "Forno Bianco", "Little Italy Indiranagar"),
                    List.of(
                            new String[] {"Margherita", "San Marzano tomato, fior di latte, basil", "34900", "VEG"},
                            new String[] {"Penne Arrabbiata", "Tomato, garlic and chilli", "29900", "VEG"},
                            new String[] {"Garlic Bread", "With herb butter", "14900", "VEG"},
                            new String[] {"Tiramisu", "Mascarpone, espresso, cocoa", "19900", "VEG"})),
            new Cuisine(
                    "Chinese",
                    List.of("Dragon Wok", "Mainland Express", "Szechuan Street", "Golden Chopsticks"),
                    List.of(
                            new String[] {"Hakka Noodles", "Wok-tossed with vegetables", "19900", "VEG"},
                            new String[] {"Chilli Chicken", "Dry, with spring onions", "26900", "NON_VEG"},
                            new String[] {"Veg Manchurian", "Vegetable dumplings in a soy-garlic sauce", "18900", "VEG"
                            },
                            new String[] {"Egg Fried Rice", "Jasmine rice, egg, spring onion", "17900", "NON_VEG"})));

    private static final String[][] CUSTOMERS = {
        {"Asha Rao", "4 Residency Road"},
        {"Vikram Shetty", "18 Church Street"},
        {"Priya Nair", "7 Lavelle Road"},
        {"Rahul Menon", "22 Brigade Road"},
        {"Fatima Khan", "3 Museum Road"},
    };

    private static final String[] RIDER_NAMES = {
        "Arjun", "Kiran", "Manoj", "Suresh", "Deepa", "Naveen", "Ravi", "Lakshmi", "Imran", "Gopal",
    };

    private DemoCity() {}

    /** Where a restaurant of the demo cooks: restaurants sit on a ring around the centre, in plan order. */
    static Place kitchenOf(String name) {
        int index = 0;
        for (var cuisine : CUISINES) {
            for (var restaurant : cuisine.restaurants()) {
                if (restaurant.equals(name)) {
                    return kitchen(index);
                }
                index++;
            }
        }
        throw new IllegalStateException(name + " is not one of the demo's restaurants");
    }

    private static Place kitchen(int index) {
        double angle = 2 * Math.PI * index / 20.0;
        double radius = 1500 + 250 * (index % 4);
        return Demo.CENTRE.offset(radius * Math.sin(angle), radius * Math.cos(angle));
    }

    static Seeded seed(City city, Session admin, BiConsumer<String, String> steps) {
        var restaurants = new ArrayList<Restaurant>();
        var owners = new HashMap<UUID, Session>();
        int made = 0;
        int index = 0;
        for (int c = 0; c < CUISINES.size(); c++) {
            var cuisine = CUISINES.get(c);
            var owner = city.owner(
                    "owner" + (c + 1) + "@demo.platter.dev",
                    List.of("Meera Iyer", "Karthik Reddy", "Harpreet Singh", "Giulia Conti", "Li Wei")
                            .get(c),
                    "+9198000000" + String.format("%02d", c + 1),
                    admin.token());
            for (var name : cuisine.restaurants()) {
                var plan = new RestaurantPlan(
                        name,
                        cuisine.cuisine() + " favourites, cooked to order",
                        List.of(cuisine.cuisine()),
                        kitchen(index++),
                        (10 + index) + " MG Road",
                        15 + (index % 3) * 5);
                var restaurant = city.restaurant(owner, plan, admin.token());
                if (restaurant.madeNow() || emptyMenu(city, owner, restaurant)) {
                    menu(city, owner, restaurant, cuisine);
                }
                if (restaurant.madeNow()) {
                    made++;
                }
                restaurants.add(restaurant);
                owners.put(restaurant.id(), owner);
            }
            steps.accept("restaurants", owner.name() + ": " + String.join(", ", cuisine.restaurants()));
        }
        var riders = new ArrayList<Rider>();
        for (int r = 0; r < 50; r++) {
            var name = RIDER_NAMES[r % RIDER_NAMES.length] + " " + (char) ('A' + r / RIDER_NAMES.length) + ".";
            var session = city.rider(
                    "rider" + (r + 1) + "@demo.platter.dev",
                    name,
                    "+9197000000" + String.format("%02d", r + 1),
                    admin.token());
            var at = kitchen(r % 20).offset(300 + 40 * r, -200 + 15 * r);
            city.online(session, at);
            riders.add(new Rider(session, at));
        }
        steps.accept("riders", "50 riders online around the restaurants");
        var customers = new ArrayList<Customer>();
        for (int p = 0; p < CUSTOMERS.length; p++) {
            var home = Demo.CENTRE.offset(-400 + 200 * p, 300 - 150 * p);
            customers.add(city.customer(
                    "customer" + (p + 1) + "@demo.platter.dev",
                    CUSTOMERS[p][0],
                    "+9198123456" + String.format("%02d", p + 1),
                    home,
                    CUSTOMERS[p][1]));
        }
        steps.accept(
                "customers",
                String.join(
                        ", ", customers.stream().map(c -> c.session().name()).toList()));
        return new Seeded(restaurants, made, owners, riders, customers);
    }

    private static boolean emptyMenu(City city, Session owner, Restaurant restaurant) {
        return city.api()
                .get("/api/v1/restaurants/" + restaurant.id() + "/menu", owner.token())
                .expect(200)
                .path("categories")
                .isEmpty();
    }

    private static void menu(City city, Session owner, Restaurant restaurant, Cuisine cuisine) {
        var mains = city.category(owner, restaurant.id(), "Mains");
        var sides = city.category(owner, restaurant.id(), "Sides and desserts");
        for (int d = 0; d < cuisine.dishes().size(); d++) {
            var dish = cuisine.dishes().get(d);
            var groups = new ArrayList<Map<String, Object>>();
            if (d == 0) {
                groups.add(group("Portion", 1, 1, ordered("Regular", 0L, "Large", 12000L)));
                groups.add(group("Extras", 0, 2, ordered("Extra raita", 3000L, "Boiled egg", 2500L)));
            } else if (d == 1) {
                groups.add(group("Spice level", 1, 1, ordered("Mild", 0L, "Medium", 0L, "Hot", 0L)));
            }
            city.dish(
                    owner,
                    restaurant.id(),
                    d < 2 ? mains : sides,
                    dishPlan(dish[0], dish[1], Long.parseLong(dish[2]), dish[3], groups));
        }
    }

    private static Map<String, Long> ordered(Object... pairs) {
        var map = new LinkedHashMap<String, Long>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Long) pairs[i + 1]);
        }
        return map;
    }
}
