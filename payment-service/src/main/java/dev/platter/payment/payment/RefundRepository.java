package dev.platter.payment.payment;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RefundRepository extends JpaRepository<Refund, UUID> {

    Optional<Refund> findByRefundKey(String refundKey);

    List<Refund> findByPaymentIdOrderByCreatedAt(UUID paymentId);

    List<Refund> findByPaymentIdAndStatus(UUID paymentId, RefundStatus status);

    List<Refund> findByStatus(RefundStatus status);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Refund r where r.id = :id")
    Optional<Refund> lockById(UUID id);
}
