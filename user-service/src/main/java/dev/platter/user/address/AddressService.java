package dev.platter.user.address;

import dev.platter.platform.web.problem.NotFoundException;
import dev.platter.platform.web.problem.PlatterException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's address book. Exactly one address is the default while there are any: the first one, or the one last
 * marked so; deleting the default promotes the oldest remaining address. Someone else's address is not found.
 */
@Service
class AddressService {

    /** Most addresses one user keeps. */
    static final int MAX_ADDRESSES = 20;

    private final AddressRepository addresses;
    private final Clock clock;

    AddressService(AddressRepository addresses, Clock clock) {
        this.addresses = addresses;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Page<AddressView> list(UUID userId, int page, int size) {
        return addresses
                .findByUserId(userId, PageRequest.of(page, size, Sort.by("createdAt", "id")))
                .map(Address::view);
    }

    @Transactional(readOnly = true)
    AddressView get(UUID userId, UUID addressId) {
        return find(userId, addressId).view();
    }

    @Transactional
    AddressView add(UUID userId, AddressDetails details) {
        long count = addresses.countByUserId(userId);
        if (count >= MAX_ADDRESSES) {
            throw new TooManyAddresses();
        }
        var address = addresses.save(new Address(userId, details, clock.instant()));
        if (count == 0 || Boolean.TRUE.equals(details.isDefault())) {
            makeDefault(address);
        }
        return address.view();
    }

    @Transactional
    AddressView update(UUID userId, UUID addressId, AddressDetails details) {
        var address = find(userId, addressId);
        address.apply(details, clock.instant());
        if (Boolean.TRUE.equals(details.isDefault())) {
            makeDefault(address);
        }
        addresses.flush();
        return address.view();
    }

    @Transactional
    void delete(UUID userId, UUID addressId) {
        var address = find(userId, addressId);
        addresses.delete(address);
        addresses.flush();
        if (address.isDefault()) {
            addresses.findByUserIdOrderByCreatedAt(userId).stream().findFirst().ifPresent(this::makeDefault);
        }
    }

    /** The delivery address for order-service at checkout; someone else's is not found. */
    @Transactional(readOnly = true)
    AddressView forCheckout(UUID userId, UUID addressId) {
        return get(userId, addressId);
    }

    /** Clears the old default first (flushed), then sets the new one, so the one-default index always holds. */
    private void makeDefault(Address chosen) {
        var now = clock.instant();
        addresses.findByUserIdOrderByCreatedAt(chosen.userId()).stream()
                .filter(other -> !other.id().equals(chosen.id()))
                .forEach(other -> other.makeDefault(false, now));
        addresses.flush();
        chosen.makeDefault(true, now);
        addresses.flush();
    }

    private Address find(UUID userId, UUID addressId) {
        return addresses
                .findByIdAndUserId(addressId, userId)
                .orElseThrow(() -> new NotFoundException("No address " + addressId));
    }

    /** The address book is full. */
    static final class TooManyAddresses extends PlatterException {
        TooManyAddresses() {
            super("At most " + MAX_ADDRESSES + " addresses can be saved; delete one first");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }

        @Override
        public String kind() {
            return "too-many-addresses";
        }

        @Override
        public String title() {
            return "Address book full";
        }
    }
}
