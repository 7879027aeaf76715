package dev.platter.delivery.rider;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface RiderShiftRepository extends JpaRepository<RiderShift, UUID> {

    Optional<RiderShift> findByRiderIdAndEndedAtIsNull(UUID riderId);

    Page<RiderShift> findByRiderIdOrderByStartedAtDesc(UUID riderId, Pageable page);
}
