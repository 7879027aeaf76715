package dev.platter.user.address;

import dev.platter.platform.web.page.PageResponse;
import dev.platter.platform.web.page.Paging;
import dev.platter.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own addresses. */
@RestController
@RequestMapping("/api/v1/users/me/addresses")
class AddressController {

    private final AddressService addresses;

    AddressController(AddressService addresses) {
        this.addresses = addresses;
    }

    @GetMapping
    PageResponse<AddressView> list(
            @AuthenticationPrincipal Jwt token,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return Paging.response(addresses.list(CurrentUser.id(token), page, size), address -> address);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AddressView add(@AuthenticationPrincipal Jwt token, @Valid @RequestBody AddressDetails details) {
        return addresses.add(CurrentUser.id(token), details);
    }

    @GetMapping("/{addressId}")
    AddressView get(@AuthenticationPrincipal Jwt token, @PathVariable UUID addressId) {
        return addresses.get(CurrentUser.id(token), addressId);
    }

    @PutMapping("/{addressId}")
    AddressView update(
            @AuthenticationPrincipal Jwt token,
            @PathVariable UUID addressId,
            @Valid @RequestBody AddressDetails details) {
        return addresses.update(CurrentUser.id(token), addressId, details);
    }

    @DeleteMapping("/{addressId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal Jwt token, @PathVariable UUID addressId) {
        addresses.delete(CurrentUser.id(token), addressId);
    }
}
