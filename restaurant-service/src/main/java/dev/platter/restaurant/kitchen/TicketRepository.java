package dev.platter.restaurant.kitchen;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface TicketRepository extends JpaRepository<Ticket, UUID> {

    Optional<Ticket> findByOrderId(UUID orderId);

    Page<Ticket> findByRestaurantIdInAndStatusInOrderByOpenedAt(
            Collection<UUID> restaurantIds, Collection<TicketStatus> statuses, Pageable pageable);
}
