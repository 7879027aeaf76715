package dev.platter.restaurant.menu;

import dev.platter.platform.web.deadline.DeadlineHandler;
import dev.platter.platform.web.deadline.Deadlines;
import dev.platter.restaurant.restaurant.Restaurant;
import dev.platter.restaurant.restaurant.Restaurants;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Owners change their menus here; customers read them through the cache. Every change is saved with its MenuChanged
 * snapshot (outbox) and, once committed, clears the cached copy. Items sold out "today" come back at the restaurant's
 * next local midnight through a durable deadline, which is itself a menu change.
 */
@Service
public class MenuService implements DeadlineHandler {

    static final String RESTOCK = "menu-restock";

    private final MenuRepository repository;
    private final Menus menus;
    private final Restaurants restaurants;
    private final MenuCache cache;
    private final ApplicationEventPublisher events;
    private final Deadlines deadlines;
    private final TransactionTemplate readOnly;
    private final JsonMapper json;
    private final Clock clock;

    MenuService(
            MenuRepository repository,
            Menus menus,
            Restaurants restaurants,
            MenuCache cache,
            ApplicationEventPublisher events,
            Deadlines deadlines,
            PlatformTransactionManager transactions,
            JsonMapper json,
            Clock clock) {
        this.repository = repository;
        this.menus = menus;
        this.restaurants = restaurants;
        this.cache = cache;
        this.events = events;
        this.deadlines = deadlines;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.json = json;
        this.clock = clock;
    }

    /** The published menu, from the cache; empty when the restaurant is not published. */
    Optional<MenuCache.Entry> published(UUID restaurantId) {
        return cache.read(
                restaurantId,
                () -> readOnly.execute(status -> restaurants
                        .find(restaurantId)
                        .filter(Restaurant::isPublished)
                        .map(restaurant -> {
                            var view = menus.view(restaurantId, restaurant.currency(), clock.instant());
                            return new MenuCache.Entry(view.version(), json.writeValueAsString(view));
                        })));
    }

    /** The menu of the caller's own restaurant, whatever its status (not cached: the owner sees every change). */
    @Transactional(readOnly = true)
    MenuView forOwner(UUID ownerId, UUID restaurantId) {
        var restaurant = restaurants.ownedBy(restaurantId, ownerId);
        return menus.view(restaurantId, restaurant.currency(), clock.instant());
    }

    @Transactional
    MenuDocument.Category addCategory(UUID ownerId, UUID restaurantId, String name) {
        return change(ownerId, restaurantId, (menu, restaurant) -> menu.addCategory(name, clock.instant()));
    }

    @Transactional
    MenuView renameCategory(UUID ownerId, UUID restaurantId, UUID categoryId, String name) {
        return view(change(ownerId, restaurantId, (menu, restaurant) -> {
            menu.renameCategory(categoryId, name, clock.instant());
            return menu;
        }));
    }

    @Transactional
    MenuView removeCategory(UUID ownerId, UUID restaurantId, UUID categoryId) {
        return view(change(ownerId, restaurantId, (menu, restaurant) -> {
            menu.removeCategory(categoryId, clock.instant());
            return menu;
        }));
    }

    @Transactional
    MenuView reorderCategories(UUID ownerId, UUID restaurantId, List<UUID> order) {
        return view(change(ownerId, restaurantId, (menu, restaurant) -> {
            menu.reorderCategories(order, clock.instant());
            return menu;
        }));
    }

    @Transactional
    MenuView.ItemView addItem(UUID ownerId, UUID restaurantId, UUID categoryId, ItemDetails details) {
        var item = change(
                ownerId,
                restaurantId,
                (menu, restaurant) -> menu.addItem(categoryId, details, restaurant.currency(), clock.instant()));
        return MenuView.item(item, clock.instant());
    }

    @Transactional
    MenuView.ItemView updateItem(UUID ownerId, UUID restaurantId, UUID itemId, ItemDetails details) {
        var item = change(
                ownerId,
                restaurantId,
                (menu, restaurant) -> menu.updateItem(itemId, details, restaurant.currency(), clock.instant()));
        return MenuView.item(item, clock.instant());
    }

    @Transactional
    void removeItem(UUID ownerId, UUID restaurantId, UUID itemId) {
        change(ownerId, restaurantId, (menu, restaurant) -> {
            menu.removeItem(itemId, clock.instant());
            return menu;
        });
    }

    /** How an owner marks an item. */
    enum Availability {
        /** Orderable. */
        AVAILABLE,
        /** Sold out until the restaurant's next local midnight. */
        SOLD_OUT_TODAY,
        /** Off the menu until marked available again. */
        UNAVAILABLE
    }

    @Transactional
    MenuView.ItemView setAvailability(UUID ownerId, UUID restaurantId, UUID itemId, Availability availability) {
        var item = change(ownerId, restaurantId, (menu, restaurant) -> {
            var now = clock.instant();
            return switch (availability) {
                case AVAILABLE -> menu.setAvailability(itemId, true, null, now);
                case UNAVAILABLE -> menu.setAvailability(itemId, false, null, now);
                case SOLD_OUT_TODAY -> menu.setAvailability(itemId, true, nextMidnight(restaurant, now), now);
            };
        });
        return MenuView.item(item, clock.instant());
    }

    private static Instant nextMidnight(Restaurant restaurant, Instant now) {
        var zone = ZoneId.of(restaurant.zoneId());
        return now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    }

    @Override
    public String kind() {
        return RESTOCK;
    }

    /** Midnight came: items sold out "today" are back. */
    @Override
    public void onDeadline(String subject) {
        var restaurantId = UUID.fromString(subject);
        var restaurant = restaurants.find(restaurantId);
        var menu = repository.findById(restaurantId);
        if (restaurant.isEmpty() || menu.isEmpty()) {
            return;
        }
        var now = clock.instant();
        if (menu.get().restock(now)) {
            announce(menu.get(), restaurant.get(), now);
        } else {
            menu.get().nextRestock().ifPresent(at -> deadlines.schedule(RESTOCK, subject, at));
        }
    }

    /** Applies one change to the owner's menu, saves it and announces the new snapshot. */
    private <T> T change(UUID ownerId, UUID restaurantId, BiFunction<Menu, Restaurant, T> change) {
        var restaurant = restaurants.ownedBy(restaurantId, ownerId);
        var now = clock.instant();
        var menu = repository.findById(restaurantId).orElseGet(() -> new Menu(restaurantId, now));
        var result = change.apply(menu, restaurant);
        repository.save(menu);
        announce(menu, restaurant, now);
        return result;
    }

    private void announce(Menu menu, Restaurant restaurant, Instant now) {
        events.publishEvent(menu.changed(restaurant.currency(), now));
        menu.nextRestock()
                .ifPresentOrElse(
                        at -> deadlines.schedule(RESTOCK, menu.restaurantId().toString(), at),
                        () -> deadlines.cancel(RESTOCK, menu.restaurantId().toString()));
    }

    private MenuView view(Menu menu) {
        var restaurant = restaurants.get(menu.restaurantId());
        return MenuView.of(menu, restaurant.currency(), clock.instant());
    }
}
