package dev.platter.user.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<User, UUID> {

    /** By the lower-cased email ({@link User#normalize(String)}). */
    Optional<User> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("select u.id from User u where u.status = dev.platter.user.account.UserStatus.SUSPENDED")
    List<UUID> findSuspendedIds();
}
