package dev.platter.restaurant.menu;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** How the other modules read menus: straight from the database, the source of truth (quotes, exports). */
@Component
@Transactional(readOnly = true)
public class Menus {

    /** A menu document and its version; version 0 with no categories for a restaurant that has no menu yet. */
    public record Current(UUID restaurantId, long version, MenuDocument document) {}

    private final MenuRepository repository;

    Menus(MenuRepository repository) {
        this.repository = repository;
    }

    public Current current(UUID restaurantId) {
        return repository
                .findById(restaurantId)
                .map(menu -> new Current(restaurantId, menu.revision(), menu.document()))
                .orElseGet(() -> new Current(restaurantId, 0, MenuDocument.EMPTY));
    }

    public Map<UUID, Current> current(Collection<UUID> restaurantIds) {
        var found = repository.findByRestaurantIdIn(restaurantIds).stream()
                .collect(Collectors.toMap(Menu::restaurantId, Function.identity()));
        return restaurantIds.stream().collect(Collectors.toMap(Function.identity(), id -> {
            var menu = found.get(id);
            return menu == null
                    ? new Current(id, 0, MenuDocument.EMPTY)
                    : new Current(id, menu.revision(), menu.document());
        }));
    }

    /** The menu as clients see it at {@code now}. */
    public MenuView view(UUID restaurantId, String currency, Instant now) {
        return repository
                .findById(restaurantId)
                .map(menu -> MenuView.of(menu, currency, now))
                .orElseGet(() -> new MenuView(restaurantId, currency, 0, java.util.List.of()));
    }
}
