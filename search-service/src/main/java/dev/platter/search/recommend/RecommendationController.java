package dev.platter.search.recommend;

import dev.platter.platform.web.security.CurrentUser;
import dev.platter.search.query.Location;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/search/recommendations}: the signed-in customer's own recommendations where they are. */
@RestController
class RecommendationController {

    private final Recommendations recommendations;

    RecommendationController(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @GetMapping("/api/v1/search/recommendations")
    Recommendations.Recommended recommendations(
            @AuthenticationPrincipal Jwt token,
            @RequestParam @DecimalMin("-90") @DecimalMax("90") double lat,
            @RequestParam @DecimalMin("-180") @DecimalMax("180") double lon,
            @RequestParam(defaultValue = "10") @Min(1) @Max(50) int size) {
        return recommendations.recommend(CurrentUser.id(token), new Location(lat, lon), size);
    }
}
