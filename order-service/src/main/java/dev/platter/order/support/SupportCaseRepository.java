package dev.platter.order.support;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupportCaseRepository extends JpaRepository<SupportCase, UUID> {

    boolean existsByOrderIdAndStatus(UUID orderId, SupportCase.Status status);

    Page<SupportCase> findByCustomerIdOrderByOpenedAtDesc(UUID customerId, Pageable pageable);

    Page<SupportCase> findByStatusOrderByOpenedAt(SupportCase.Status status, Pageable pageable);
}
