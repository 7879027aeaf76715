package dev.platter.delivery.dispatch;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OfferRepository extends JpaRepository<Offer, UUID> {

    List<Offer> findByDeliveryId(UUID deliveryId);

    Optional<Offer> findByDeliveryIdAndStatus(UUID deliveryId, OfferStatus status);

    Optional<Offer> findByRiderIdAndStatus(UUID riderId, OfferStatus status);

    /** The delivery of the rider's own offer (without loading the offer before its delivery is locked). */
    @Query("select o.deliveryId from Offer o where o.id = :id and o.riderId = :riderId")
    Optional<UUID> deliveryOf(@Param("id") UUID offerId, @Param("riderId") UUID riderId);

    @Query("select o.riderId from Offer o where o.status = 'PENDING' and o.riderId in :riders")
    List<UUID> ridersWithPendingOffers(@Param("riders") Collection<UUID> riders);
}
