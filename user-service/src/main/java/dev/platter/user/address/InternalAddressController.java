package dev.platter.user.address;

import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** For order-service at checkout (service token only, by the security rules of {@code /internal/**}). */
@RestController
class InternalAddressController {

    private final AddressService addresses;

    InternalAddressController(AddressService addresses) {
        this.addresses = addresses;
    }

    @GetMapping("/internal/users/{userId}/addresses/{addressId}")
    AddressView address(@PathVariable UUID userId, @PathVariable UUID addressId) {
        return addresses.forCheckout(userId, addressId);
    }
}
