package dev.platter.restaurant.restaurant;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RestaurantRepository extends JpaRepository<Restaurant, UUID> {

    Page<Restaurant> findByOwnerIdOrderByCreatedAt(UUID ownerId, Pageable pageable);

    Page<Restaurant> findByStatusOrderByCreatedAt(RestaurantStatus status, Pageable pageable);

    Page<Restaurant> findAllByOrderByCreatedAt(Pageable pageable);

    @Query("select r.id from Restaurant r where r.ownerId = :ownerId")
    List<UUID> idsOwnedBy(UUID ownerId);

    Page<Restaurant> findByStatusOrderById(RestaurantStatus status, Pageable pageable);
}
