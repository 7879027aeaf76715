package dev.platter.order.order;

import dev.platter.order.restaurant.RestaurantOwners;
import dev.platter.platform.web.page.PageResponse;
import dev.platter.platform.web.page.Paging;
import dev.platter.platform.web.problem.NotFoundException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading orders, each caller only what concerns them: customers their own, owners their restaurants' (ownership from
 * the RestaurantUpserted replica), riders the ones they deliver, admins any. Someone else's order is 404.
 */
@Service
@Transactional(readOnly = true)
public class OrderQueries {

    private final OrderRepository orders;
    private final RestaurantOwners owners;

    OrderQueries(OrderRepository orders, RestaurantOwners owners) {
        this.orders = orders;
        this.owners = owners;
    }

    /** The customer's own order, if it is theirs (for reorder and support cases). */
    public Optional<Order> ofCustomer(UUID customerId, UUID orderId) {
        return orders.findById(orderId).filter(order -> order.customerId().equals(customerId));
    }

    OrderView customerOrder(UUID customerId, UUID orderId) {
        return OrderView.forCustomer(ofCustomer(customerId, orderId).orElseThrow(() -> notFound(orderId)));
    }

    PageResponse<OrderView> customerOrders(UUID customerId, int page, int size) {
        return Paging.response(
                orders.findByCustomerIdOrderByCreatedAtDesc(customerId, PageRequest.of(page, size)),
                OrderView::forCustomer);
    }

    OrderView ownerOrder(UUID ownerId, UUID orderId) {
        return orders.findById(orderId)
                .filter(order -> owners.ownerOf(order.restaurantId())
                        .map(ownerId::equals)
                        .orElse(false))
                .map(OrderView::forStaff)
                .orElseThrow(() -> notFound(orderId));
    }

    /** Orders of the owner's restaurants (or one of them), newest first; paid ones unless statuses say otherwise. */
    PageResponse<OrderView> ownerOrders(
            UUID ownerId, @Nullable UUID restaurantId, @Nullable Collection<OrderStatus> statuses, int page, int size) {
        var owned = owners.restaurantsOf(ownerId);
        List<UUID> restaurantIds =
                restaurantId == null ? owned : owned.contains(restaurantId) ? List.of(restaurantId) : List.of();
        if (restaurantIds.isEmpty()) {
            return PageResponse.of(List.of(), page, size, 0);
        }
        var wanted = statuses == null || statuses.isEmpty()
                ? EnumSet.complementOf(EnumSet.of(OrderStatus.PENDING_PAYMENT))
                : EnumSet.copyOf(statuses);
        return Paging.response(
                orders.findByRestaurantIdInAndStatusInOrderByCreatedAtDesc(
                        restaurantIds, wanted, PageRequest.of(page, size)),
                OrderView::forStaff);
    }

    RiderOrderView riderOrder(UUID riderId, UUID orderId) {
        return orders.findById(orderId)
                .filter(order -> riderId.equals(order.riderId()))
                .map(RiderOrderView::of)
                .orElseThrow(() -> notFound(orderId));
    }

    PageResponse<RiderOrderView> riderOrders(UUID riderId, int page, int size) {
        return Paging.response(
                orders.findByRiderIdOrderByCreatedAtDesc(riderId, PageRequest.of(page, size)), RiderOrderView::of);
    }

    /** Any order, for admins' work elsewhere (support cases). */
    public Order adminView(UUID orderId) {
        return orders.findById(orderId).orElseThrow(() -> notFound(orderId));
    }

    OrderView adminOrder(UUID orderId) {
        return orders.findById(orderId).map(OrderView::forStaff).orElseThrow(() -> notFound(orderId));
    }

    /** Any order, by status, restaurant, customer and creation time ({@code from} inclusive, {@code to} exclusive). */
    PageResponse<OrderView> search(
            @Nullable Collection<OrderStatus> statuses,
            @Nullable UUID restaurantId,
            @Nullable UUID customerId,
            @Nullable Instant from,
            @Nullable Instant to,
            int page,
            int size) {
        Specification<Order> where = (root, query, cb) -> cb.conjunction();
        if (statuses != null && !statuses.isEmpty()) {
            where = where.and((root, query, cb) -> root.get("status").in(statuses));
        }
        if (restaurantId != null) {
            where = where.and((root, query, cb) -> cb.equal(root.get("restaurantId"), restaurantId));
        }
        if (customerId != null) {
            where = where.and((root, query, cb) -> cb.equal(root.get("customerId"), customerId));
        }
        if (from != null) {
            where = where.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("createdAt"), from));
        }
        if (to != null) {
            where = where.and((root, query, cb) -> cb.lessThan(root.get("createdAt"), to));
        }
        return Paging.response(
                orders.findAll(where, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt"))),
                OrderView::forStaff);
    }

    static NotFoundException notFound(UUID orderId) {
        return new NotFoundException("No order " + orderId);
    }
}
