package dev.platter.order.restaurant;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RestaurantOwnerRepository extends JpaRepository<RestaurantOwner, UUID> {

    List<RestaurantOwner> findByOwnerId(UUID ownerId);
}
