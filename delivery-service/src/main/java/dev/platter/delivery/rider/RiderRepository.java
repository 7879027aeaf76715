package dev.platter.delivery.rider;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Riders; dispatch locks a rider while it offers them a delivery, so two deliveries never race for one rider. */
public interface RiderRepository extends JpaRepository<Rider, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Rider r where r.id = :id")
    Optional<Rider> findForUpdate(@Param("id") UUID id);

    Page<Rider> findByStatusOrderByName(RiderStatus status, Pageable page);

    Page<Rider> findAllByOrderByName(Pageable page);
}
