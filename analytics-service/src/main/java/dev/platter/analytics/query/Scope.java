package dev.platter.analytics.query;

import java.util.List;
import java.util.UUID;

/** Whose figures: the whole platform, one delivery city, or a set of restaurants. */
sealed interface Scope {

    /** How the answer names the scope. */
    String describe();

    /** Every order on the platform. */
    record Platform() implements Scope {
        @Override
        public String describe() {
            return "platform";
        }
    }

    /** Orders delivered in one city. */
    record City(String name) implements Scope {
        @Override
        public String describe() {
            return "city:" + name;
        }
    }

    /** Orders of these restaurants (an owner's, or one an admin picked). */
    record Restaurants(List<UUID> ids) implements Scope {
        public Restaurants {
            ids = List.copyOf(ids);
        }

        @Override
        public String describe() {
            return ids.size() == 1 ? "restaurant:" + ids.get(0) : "restaurants:" + ids.size();
        }
    }
}
