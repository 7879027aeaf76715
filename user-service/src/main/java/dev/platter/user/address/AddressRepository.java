package dev.platter.user.address;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AddressRepository extends JpaRepository<Address, UUID> {

    Optional<Address> findByIdAndUserId(UUID id, UUID userId);

    Page<Address> findByUserId(UUID userId, Pageable pageable);

    List<Address> findByUserIdOrderByCreatedAt(UUID userId);

    long countByUserId(UUID userId);
}
