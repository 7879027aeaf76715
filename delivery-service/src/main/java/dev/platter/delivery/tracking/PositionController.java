package dev.platter.delivery.tracking;

import dev.platter.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Positions come from the rider themself: the token's subject is the rider, there is no rider id to pass. */
@RestController
class PositionController {

    private final PositionService positions;

    PositionController(PositionService positions) {
        this.positions = positions;
    }

    @PostMapping("/api/v1/riders/me/positions")
    PositionReport record(@AuthenticationPrincipal Jwt token, @Valid @RequestBody PositionsRequest request) {
        return positions.record(CurrentUser.id(token), request);
    }
}
