package dev.platter.delivery.dispatch;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrderTipRepository extends JpaRepository<OrderTip, UUID> {}
