package dev.platter.delivery.dispatch;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Deliveries; every change locks its delivery, so offers, answers, steps and cancellation apply one at a time. */
public interface DeliveryRepository extends JpaRepository<Delivery, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Delivery d where d.id = :id")
    Optional<Delivery> findForUpdate(@Param("id") UUID id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Delivery d where d.orderId = :orderId")
    Optional<Delivery> findByOrderIdForUpdate(@Param("orderId") UUID orderId);

    Optional<Delivery> findByOrderId(UUID orderId);

    boolean existsByOrderId(UUID orderId);

    /** What a rider carries now. */
    List<Delivery> findByRiderIdAndStatusIn(UUID riderId, Collection<DeliveryStatus> statuses);

    /** What these riders carry now (dispatch weighs their load and whether a second order fits). */
    List<Delivery> findByRiderIdInAndStatusIn(Collection<UUID> riderIds, Collection<DeliveryStatus> statuses);

    Page<Delivery> findByRiderIdAndStatusOrderByDeliveredAtDesc(UUID riderId, DeliveryStatus status, Pageable page);

    @Query("select d from Delivery d where d.riderId = :riderId and d.status = 'DELIVERED'"
            + " and d.deliveredAt >= :from and d.deliveredAt < :to order by d.deliveredAt")
    List<Delivery> deliveredBetween(
            @Param("riderId") UUID riderId, @Param("from") Instant from, @Param("to") Instant to);

    Page<Delivery> findByStatusInOrderByCreatedAtDesc(Collection<DeliveryStatus> statuses, Pageable page);
}
