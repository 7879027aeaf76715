package dev.platter.restaurant.menu;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MenuRepository extends JpaRepository<Menu, UUID> {

    List<Menu> findByRestaurantIdIn(Collection<UUID> restaurantIds);
}
