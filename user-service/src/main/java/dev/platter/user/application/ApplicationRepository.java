package dev.platter.user.application;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationRepository extends JpaRepository<Application, UUID> {

    Page<Application> findByStatus(ApplicationStatus status, Pageable pageable);

    Page<Application> findByUserId(UUID userId, Pageable pageable);

    boolean existsByUserIdAndTypeAndStatus(UUID userId, ApplicationType type, ApplicationStatus status);
}
