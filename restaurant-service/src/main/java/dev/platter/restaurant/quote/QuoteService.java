package dev.platter.restaurant.quote;

import dev.platter.platform.events.GeoPoint;
import dev.platter.platform.events.Money;
import dev.platter.restaurant.menu.MenuDocument;
import dev.platter.restaurant.menu.Menus;
import dev.platter.restaurant.restaurant.Restaurants;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Prices cart lines from the menu in the database (never the cache, never the client) and checks every rule. */
@Service
class QuoteService {

    private final Restaurants restaurants;
    private final Menus menus;
    private final Clock clock;

    QuoteService(Restaurants restaurants, Menus menus, Clock clock) {
        this.restaurants = restaurants;
        this.menus = menus;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Quote quote(UUID restaurantId, QuoteRequest request) {
        var restaurant = restaurants.get(restaurantId);
        var menu = menus.current(restaurantId);
        var now = clock.instant();
        var currency = restaurant.currency();
        var lines = request.lines().stream()
                .map(line -> price(line, menu.document(), currency, now))
                .toList();
        var itemsTotal = lines.stream()
                .filter(Quote.QuotedLine::available)
                .map(Quote.QuotedLine::lineTotal)
                .reduce(Money.zero(currency), Money::plus);
        var dropOff = new GeoPoint(request.dropOff().lat(), request.dropOff().lon());
        var distance = restaurant.location().distanceMetresTo(dropOff);
        var facts = new Quote.Facts(
                restaurant.name(),
                restaurant.ownerId(),
                restaurant.address(),
                restaurant.zoneId(),
                restaurant.isPublished(),
                restaurant.isOpenAt(now),
                !restaurant.acceptingOrdersAt(now),
                Math.round(distance),
                restaurant.deliveryRadiusMetres(),
                distance <= restaurant.deliveryRadiusMetres(),
                restaurant.minimumOrder(),
                itemsTotal.amountMinor() >= restaurant.minimumOrder().amountMinor(),
                restaurant.packagingCharge(),
                restaurant.averagePrepMinutes(),
                currency);
        return new Quote(
                restaurantId,
                currency,
                menu.version(),
                lines,
                itemsTotal,
                lines.stream().allMatch(Quote.QuotedLine::available),
                facts);
    }

    static Quote.QuotedLine price(QuoteRequest.Line line, MenuDocument menu, String currency, Instant now) {
        var found = menu.item(line.menuItemId());
        if (found.isEmpty()) {
            return new Quote.QuotedLine(
                    line.menuItemId(),
                    null,
                    line.quantity(),
                    null,
                    List.of(),
                    null,
                    false,
                    new Quote.Unavailable(Quote.Reason.ITEM_UNKNOWN, "This item is not on the restaurant's menu"));
        }
        var item = found.get();
        var options = new ArrayList<Quote.QuotedOption>();
        Quote.Unavailable problem = null;
        var unit = item.price();
        var chosenPerGroup = new HashMap<UUID, Integer>();
        var seen = new HashSet<UUID>();
        for (var optionId : line.optionIdsOrEmpty()) {
            var group = item.groupOf(optionId);
            if (group.isEmpty()) {
                problem = first(
                        problem,
                        Quote.Reason.OPTION_UNKNOWN,
                        "Option " + optionId + " is not one of " + item.name() + "'s");
                continue;
            }
            var option = group.get().option(optionId).orElseThrow();
            if (!seen.add(optionId)) {
                problem = first(problem, Quote.Reason.OPTION_RULE_BROKEN, option.name() + " is chosen more than once");
                continue;
            }
            if (!option.available()) {
                problem = first(problem, Quote.Reason.OPTION_SOLD_OUT, option.name() + " has run out");
            }
            chosenPerGroup.merge(group.get().id(), 1, Integer::sum);
            options.add(new Quote.QuotedOption(option.id(), group.get().name(), option.name(), option.priceDelta()));
            unit = unit.plus(option.priceDelta());
        }
        for (var group : item.optionGroups()) {
            int chosen = chosenPerGroup.getOrDefault(group.id(), 0);
            if (chosen < group.minSelections()) {
                problem = first(
                        problem,
                        Quote.Reason.OPTION_RULE_BROKEN,
                        group.name() + " needs at least " + group.minSelections() + " choice(s), got " + chosen);
            } else if (chosen > group.maxSelections()) {
                problem = first(
                        problem,
                        Quote.Reason.OPTION_RULE_BROKEN,
                        group.name() + " allows at most " + group.maxSelections() + " choice(s), got " + chosen);
            }
        }
        if (!item.availableAt(now)) {
            problem = new Quote.Unavailable(
                    Quote.Reason.ITEM_SOLD_OUT,
                    item.soldOutUntil() != null && item.available()
                            ? item.name() + " is sold out today"
                            : item.name() + " is not available");
        }
        if (unit.amountMinor() < 0) {
            problem = first(problem, Quote.Reason.OPTION_RULE_BROKEN, "These options would price the item below zero");
        }
        return new Quote.QuotedLine(
                item.id(),
                item.name(),
                line.quantity(),
                item.price(),
                options,
                unit.times(line.quantity()),
                problem == null,
                problem);
    }

    private static Quote.Unavailable first(Quote.Unavailable current, Quote.Reason reason, String detail) {
        return current != null ? current : new Quote.Unavailable(reason, detail);
    }
}
