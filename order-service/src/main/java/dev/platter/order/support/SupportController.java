package dev.platter.order.support;

import dev.platter.platform.web.page.PageResponse;
import dev.platter.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Customers' support cases and the admins' queue. */
@RestController
@Validated
class SupportController {

    private final SupportService support;

    SupportController(SupportService support) {
        this.support = support;
    }

    record OpenRequest(
            @NotNull UUID orderId, SupportCase.@NotNull Category category, @NotBlank @Size(max = 2000) String text) {}

    @PostMapping("/api/v1/support/cases")
    @ResponseStatus(HttpStatus.CREATED)
    SupportCaseView open(@AuthenticationPrincipal Jwt token, @Valid @RequestBody OpenRequest request) {
        return support.open(
                CurrentUser.id(token),
                request.orderId(),
                request.category(),
                request.text().strip());
    }

    @GetMapping("/api/v1/support/cases")
    PageResponse<SupportCaseView> mine(
            @AuthenticationPrincipal Jwt token,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return support.mine(CurrentUser.id(token), page, size);
    }

    @GetMapping("/api/v1/support/cases/{caseId}")
    SupportCaseView mine(@AuthenticationPrincipal Jwt token, @PathVariable UUID caseId) {
        return support.mine(CurrentUser.id(token), caseId);
    }

    @GetMapping("/api/v1/admin/support/cases")
    PageResponse<SupportCaseView> queue(
            @RequestParam(defaultValue = "OPEN") SupportCase.Status status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return support.queue(status, page, size);
    }

    @GetMapping("/api/v1/admin/support/cases/{caseId}")
    SupportCaseView get(@PathVariable UUID caseId) {
        return support.get(caseId);
    }

    /** {@code amountMinor} absent: the whole order total. */
    record ResolveRequest(
            @Nullable @Positive Long amountMinor,
            SupportCase.@NotNull Destination destination,
            @Nullable @Size(max = 500) String note) {}

    @PostMapping("/api/v1/admin/support/cases/{caseId}/resolve")
    SupportCaseView resolve(
            @AuthenticationPrincipal Jwt token, @PathVariable UUID caseId, @Valid @RequestBody ResolveRequest request) {
        return support.resolve(
                CurrentUser.id(token), caseId, request.amountMinor(), request.destination(), request.note());
    }

    record DeclineRequest(@NotBlank @Size(max = 500) String reason) {}

    @PostMapping("/api/v1/admin/support/cases/{caseId}/decline")
    SupportCaseView decline(
            @AuthenticationPrincipal Jwt token, @PathVariable UUID caseId, @Valid @RequestBody DeclineRequest request) {
        return support.decline(CurrentUser.id(token), caseId, request.reason().strip());
    }
}
