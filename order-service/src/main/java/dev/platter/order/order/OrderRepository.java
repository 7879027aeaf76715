package dev.platter.order.order;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrderRepository extends JpaRepository<Order, UUID>, JpaSpecificationExecutor<Order> {

    Optional<Order> findByCustomerIdAndCheckoutKey(UUID customerId, String checkoutKey);

    /**
     * The order, locked for the rest of the transaction: events of one order arrive on several topics at once
     * (payments, kitchen, deliveries), and each must see the state the previous one left.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from CustomerOrder o where o.id = :id")
    Optional<Order> findForUpdate(@Param("id") UUID id);

    Page<Order> findByCustomerIdOrderByCreatedAtDesc(UUID customerId, Pageable pageable);

    Page<Order> findByRiderIdOrderByCreatedAtDesc(UUID riderId, Pageable pageable);

    Page<Order> findByRestaurantIdInAndStatusInOrderByCreatedAtDesc(
            Collection<UUID> restaurantIds, Collection<OrderStatus> statuses, Pageable pageable);
}
