package dev.platter.order.support;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SupportCaseRepository extends JpaRepository<SupportCase, UUID> {

    boolean existsByOrderIdAndStatus(UUID orderId, SupportCase.Status status);

    Page<SupportCase> findByCustomerIdOrderByOpenedAtDesc(UUID customerId, Pageable pageable);

    Page<SupportCase> findByStatusOrderByOpenedAt(SupportCase.Status status, Pageable pageable);

    /** The case with its row locked to the end of the transaction: its resolution and its refund's outcome queue. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from SupportCase c where c.id = :id")
    Optional<SupportCase> findForUpdate(@Param("id") UUID id);
}
