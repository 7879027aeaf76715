package dev.platter.delivery.rider;

import dev.platter.platform.web.page.PageResponse;
import dev.platter.platform.web.page.Paging;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ops see riders: all or those online, one rider with their last position, their shifts. */
@RestController
@Validated
@RequestMapping("/api/v1/admin/riders")
class AdminRiderController {

    private final RiderRepository riders;
    private final RiderPositions positions;
    private final RiderService service;

    AdminRiderController(RiderRepository riders, RiderPositions positions, RiderService service) {
        this.riders = riders;
        this.positions = positions;
        this.service = service;
    }

    @GetMapping
    @Transactional(readOnly = true)
    public PageResponse<RiderView> list(
            @RequestParam(required = false) @Nullable RiderStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        var request = PageRequest.of(page, size);
        var found =
                status == null ? riders.findAllByOrderByName(request) : riders.findByStatusOrderByName(status, request);
        return Paging.response(
                found, rider -> RiderView.of(rider, positions.last(rider.id()).orElse(null)));
    }

    @GetMapping("/{riderId}")
    RiderView get(@PathVariable UUID riderId) {
        return service.view(riderId);
    }

    @GetMapping("/{riderId}/shifts")
    PageResponse<ShiftView> shifts(
            @PathVariable UUID riderId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return service.shifts(riderId, page, size);
    }
}
