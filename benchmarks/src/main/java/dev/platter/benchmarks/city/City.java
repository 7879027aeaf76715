package dev.platter.benchmarks.city;

import dev.platter.benchmarks.city.CityIds.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The benchmark city, around Hyderabad (away from the demo's Bengaluru): restaurants with menus, their owners,
 * riders and customers with a saved home address. Every entity is a pure function of its index (and the city's
 * radius), so seeding with larger sizes adds to what is there, and a run rebuilds the same model without reading a
 * database.
 */
public final class City {

    /** The city's centre. */
    public static final Place CENTRE = new Place(17.3850, 78.4867);

    /** Every seeded account's password. */
    public static final String PASSWORD = "biryani-and-chai-2026";

    /** Where the accounts' emails end. */
    public static final String EMAIL_DOMAIN = "bench.platter.dev";

    /** Restaurants per owner. */
    static final int RESTAURANTS_PER_OWNER = 5;

    /** Dishes per menu category. */
    static final int DISHES_PER_CATEGORY = 10;

    /** The most dishes one menu holds (restaurant-service's limit). */
    static final int MAX_DISHES_PER_MENU = 500;

    /** How many of each: the full city is 5,000 restaurants, 200,000 dishes, 10,000 riders, 100,000 customers. */
    public record Size(int restaurants, int dishes, int riders, int customers) {

        public static final Size FULL = new Size(5_000, 200_000, 10_000, 100_000);

        public Size {
            if (restaurants < 1 || dishes < restaurants || riders < 1 || customers < 1) {
                throw new IllegalArgumentException("A city needs at least one restaurant, rider and customer, and a"
                        + " dish per restaurant: " + restaurants + " restaurants, " + dishes + " dishes, " + riders
                        + " riders, " + customers + " customers");
            }
        }

        public int dishesPerRestaurant() {
            return Math.min(MAX_DISHES_PER_MENU, (dishes + restaurants - 1) / restaurants);
        }

        public int owners() {
            return (restaurants + RESTAURANTS_PER_OWNER - 1) / RESTAURANTS_PER_OWNER;
        }

        @Override
        public String toString() {
            return String.format(
                    "%,d restaurants, %,d dishes, %,d riders, %,d customers",
                    restaurants, (long) restaurants * dishesPerRestaurant(), riders, customers);
        }
    }

    /** A point of the map. */
    public record Place(double lat, double lon) {

        public Place offset(double northMetres, double eastMetres) {
            return new Place(
                    lat + northMetres / 111_320.0, lon + eastMetres / (111_320.0 * Math.cos(Math.toRadians(lat))));
        }

        /** Distance in metres (equirectangular: exact enough within a city). */
        public double metresTo(Place other) {
            double x = Math.toRadians(other.lon - lon) * Math.cos(Math.toRadians((lat + other.lat) / 2));
            double y = Math.toRadians(other.lat - lat);
            return Math.sqrt(x * x + y * y) * 6_371_000;
        }
    }

    /** A person with an account. */
    public record Person(int index, UUID id, String email, String name, String phone) {}

    public record Customer(Person person, UUID addressId, String street, Place home) {}

    public record Rider(Person person, Place spot) {}

    public record Restaurant(
            int index,
            UUID id,
            int owner,
            String name,
            String description,
            List<String> cuisines,
            String street,
            Place kitchen,
            int radiusMetres,
            int prepMinutes,
            List<Category> menu) {

        /** The dishes, in menu order. */
        public List<Dish> dishes() {
            return menu.stream().flatMap(category -> category.dishes().stream()).toList();
        }
    }

    public record Category(UUID id, String name, List<Dish> dishes) {}

    /** A dish; its required option groups have their first option picked when ordered. */
    public record Dish(
            UUID id, String name, String description, long priceMinor, String diet, List<OptionGroup> groups) {

        public List<UUID> requiredChoices() {
            return groups.stream()
                    .filter(group -> group.min() > 0)
                    .map(group -> group.options().get(0).id())
                    .toList();
        }
    }

    public record OptionGroup(UUID id, String name, int min, int max, List<Option> options) {}

    public record Option(UUID id, String name, long deltaMinor) {}

    private static final String[] CUISINES = {
        "Hyderabadi",
        "South Indian",
        "North Indian",
        "Biryani",
        "Chinese",
        "Pizza",
        "Italian",
        "Burgers",
        "Desserts",
        "Bakery",
        "Andhra",
        "Chettinad",
        "Mughlai",
        "Street Food",
        "Thai",
        "Japanese",
        "Healthy",
        "Cafe",
        "Kerala",
        "Mexican"
    };
    private static final String[] ADJECTIVES = {
        "Royal", "Golden", "Spice", "Green", "Urban", "Little", "Grand", "Happy", "Classic", "Fresh", "Red", "Blue",
        "Silver", "Lucky", "Old", "New", "Tasty", "Hungry", "Crispy", "Smoky"
    };
    private static final String[] NOUNS = {
        "Kitchen",
        "House",
        "Garden",
        "Corner",
        "Point",
        "Cafe",
        "Bistro",
        "Dhaba",
        "Express",
        "Junction",
        "Table",
        "Pot",
        "Grill",
        "Bowl",
        "Oven",
        "Tiffins",
        "Wok",
        "Plate",
        "Spoon",
        "Hut"
    };
    /** Dish names and whether each is vegetarian. */
    private static final String[] DISHES = {
        "Paneer Tikka",
        "Butter Chicken",
        "Chicken Biryani",
        "Veg Biryani",
        "Masala Dosa",
        "Idli Sambar",
        "Margherita Pizza",
        "Pepperoni Pizza",
        "Veg Hakka Noodles",
        "Chilli Paneer",
        "Chicken Manchurian",
        "Cheeseburger",
        "Veggie Burger",
        "French Fries",
        "Chocolate Brownie",
        "Gulab Jamun",
        "Dal Makhani",
        "Garlic Naan",
        "Tandoori Chicken",
        "Fish Curry",
        "Malabar Parotta",
        "Mutton Rogan Josh",
        "Pad Thai",
        "Green Curry",
        "Salmon Sushi",
        "Ramen",
        "Quinoa Salad",
        "Cold Coffee",
        "Masala Chai",
        "Pav Bhaji",
        "Pani Puri",
        "Chole Bhature",
        "Egg Roll",
        "Chicken Shawarma",
        "Falafel Wrap",
        "Tacos",
        "Nachos",
        "Tiramisu",
        "Cheesecake",
        "Mango Lassi",
        "Haleem",
        "Mirchi Ka Salan",
        "Double Ka Meetha",
        "Pesarattu",
        "Qubani Ka Meetha"
    };

    private static final boolean[] VEG = {
        true, false, false, true, true, true, true, false, true, true, false, false, true, true, true, true, true, true,
        false, false, true, false, true, true, false, false, true, true, true, true, true, true, false, false, true,
        true, true, true, true, true, false, true, true, true, true
    };
    private static final String[] MODIFIERS = {
        "Classic", "Special", "Spicy", "Smoked", "Jumbo", "Mini", "Homestyle", "Tandoori", "Double", "Loaded"
    };
    private static final String[] CATEGORIES = {
        "Starters",
        "Mains",
        "Biryani and Rice",
        "Breads",
        "Sides",
        "Desserts",
        "Drinks",
        "Combos",
        "Chef's Specials",
        "Breakfast"
    };
    private static final String[] FIRST_NAMES = {
        "Aarav", "Ananya", "Arjun", "Divya", "Farhan", "Gayatri", "Imran", "Kavya", "Lakshmi", "Manoj", "Meera",
        "Naveen", "Pooja", "Rahul", "Ravi", "Sana", "Sneha", "Suresh", "Tanvi", "Vikram", "Yusuf", "Zoya"
    };
    private static final String[] LAST_NAMES = {
        "Reddy", "Rao", "Khan", "Naidu", "Sharma", "Iyer", "Menon", "Ali", "Varma", "Shetty", "Patel", "Qureshi"
    };
    private static final String[] STREETS = {
        "Road No. 12, Banjara Hills",
        "Jubilee Hills Check Post Road",
        "Hitech City Main Road",
        "Begumpet Road",
        "Abids Road",
        "Himayatnagar Main Road",
        "Kondapur Main Road",
        "Gachibowli Road",
        "Ameerpet X Roads",
        "Madhapur Main Road",
        "Tolichowki Road",
        "Somajiguda Circle"
    };

    private final Size size;
    private final double radiusMetres;

    public City(Size size, double radiusMetres) {
        this.size = size;
        this.radiusMetres = radiusMetres;
    }

    /** The radius a first seeding gives a city of this size: 15 km for the full city, less for smaller ones. */
    public static double radiusFor(Size size) {
        return Math.max(3_000, 15_000 * Math.sqrt(size.restaurants() / (double) Size.FULL.restaurants()));
    }

    public Size size() {
        return size;
    }

    public double radiusMetres() {
        return radiusMetres;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // People
    // ---------------------------------------------------------------------------------------------------------------

    public Customer customer(int index) {
        var random = random(Kind.CUSTOMER, index);
        var person = person(Kind.CUSTOMER, "customer", index, "+9190", random);
        var street = (1 + random.nextInt(200)) + ", " + STREETS[random.nextInt(STREETS.length)];
        return new Customer(person, CityIds.of(Kind.ADDRESS, index), street, inCity(random));
    }

    public Rider rider(int index) {
        var random = random(Kind.RIDER, index);
        return new Rider(person(Kind.RIDER, "rider", index, "+9180", random), inCity(random));
    }

    public Person owner(int index) {
        return person(Kind.OWNER, "owner", index, "+9170", random(Kind.OWNER, index));
    }

    private static Person person(Kind kind, String role, int index, String phonePrefix, SplittableRandom random) {
        var name =
                FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        return new Person(
                index,
                CityIds.of(kind, index),
                role + "-" + index + "@" + EMAIL_DOMAIN,
                name,
                phonePrefix + String.format("%08d", index));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Restaurants and menus
    // ---------------------------------------------------------------------------------------------------------------

    public Restaurant restaurant(int index) {
        var random = random(Kind.RESTAURANT, index);
        var first = CUISINES[index % CUISINES.length];
        var second = CUISINES[(index * 3 + 7) % CUISINES.length];
        var cuisines = first.equals(second) ? List.of(first) : List.of(first, second);
        var name = ADJECTIVES[index % ADJECTIVES.length] + " " + NOUNS[(index / ADJECTIVES.length) % NOUNS.length]
                + (index < ADJECTIVES.length * NOUNS.length
                        ? ""
                        : " " + (1 + index / (ADJECTIVES.length * NOUNS.length)));
        var restaurantId = CityIds.of(Kind.RESTAURANT, index);
        int dishes = size.dishesPerRestaurant();
        var menu = new ArrayList<Category>();
        for (int c = 0; c * DISHES_PER_CATEGORY < dishes; c++) {
            long categoryIndex = CityIds.child(index, c);
            var items = new ArrayList<Dish>();
            for (int d = 0; d < DISHES_PER_CATEGORY && c * DISHES_PER_CATEGORY + d < dishes; d++) {
                items.add(dish(index, c * DISHES_PER_CATEGORY + d, d == 0));
            }
            var categoryName = CATEGORIES[c % CATEGORIES.length]
                    + (c < CATEGORIES.length ? "" : " " + (1 + c / CATEGORIES.length));
            menu.add(new Category(CityIds.of(Kind.CATEGORY, categoryIndex), categoryName, List.copyOf(items)));
        }
        return new Restaurant(
                index,
                restaurantId,
                index / RESTAURANTS_PER_OWNER,
                name,
                String.join(" and ", cuisines) + " favourites, cooked to order",
                cuisines,
                (1 + random.nextInt(300)) + ", " + STREETS[random.nextInt(STREETS.length)],
                inCity(random),
                (3 + index % 6) * 1000,
                10 + index % 30,
                List.copyOf(menu));
    }

    /** Dish {@code k} of restaurant {@code r}; the first of each category has a required portion and optional extras. */
    private static Dish dish(int r, int k, boolean withOptions) {
        long dishIndex = CityIds.child(r, k);
        int kind = (r * 7 + k * 13) % DISHES.length;
        var name = MODIFIERS[(r + k) % MODIFIERS.length] + " " + DISHES[kind];
        var groups = new ArrayList<OptionGroup>();
        if (withOptions) {
            groups.add(group(dishIndex, 0, "Portion", 1, 1, new String[] {"Regular", "Large"}, new long[] {0, 8000}));
            groups.add(group(
                    dishIndex, 1, "Extras", 0, 2, new String[] {"Extra raita", "Boiled egg"}, new long[] {3000, 2500}));
        }
        return new Dish(
                CityIds.of(Kind.ITEM, dishIndex),
                name,
                "Made fresh with whole spices",
                6000 + ((r * 31L + k * 17L) % 45) * 1000,
                VEG[kind] ? "VEG" : "NON_VEG",
                List.copyOf(groups));
    }

    private static OptionGroup group(
            long dishIndex, int g, String name, int min, int max, String[] options, long[] deltas) {
        long groupIndex = (dishIndex << 2) | g;
        var list = new ArrayList<Option>();
        for (int o = 0; o < options.length; o++) {
            list.add(new Option(CityIds.of(Kind.OPTION, (groupIndex << 3) | o), options[o], deltas[o]));
        }
        return new OptionGroup(CityIds.of(Kind.OPTION_GROUP, groupIndex), name, min, max, List.copyOf(list));
    }

    /** Words customers search for: dish and cuisine names. */
    public static List<String> searchTerms() {
        var terms = new ArrayList<String>();
        for (var dish : DISHES) {
            terms.add(dish.toLowerCase(java.util.Locale.ROOT));
        }
        for (var cuisine : CUISINES) {
            terms.add(cuisine.toLowerCase(java.util.Locale.ROOT));
        }
        return terms;
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** A point uniformly within the city. */
    private Place inCity(SplittableRandom random) {
        double r = radiusMetres * Math.sqrt(random.nextDouble());
        double angle = random.nextDouble() * 2 * Math.PI;
        return CENTRE.offset(r * Math.sin(angle), r * Math.cos(angle));
    }

    private static SplittableRandom random(Kind kind, long index) {
        return new SplittableRandom(
                0x5EED_0000_0000L ^ ((long) kind.ordinal() << 40) ^ (index * 0x9E37_79B9_7F4A_7C15L));
    }
}
