package dev.platter.restaurant.quote;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** order-service asks here at checkout (service token only). */
@RestController
class InternalQuoteController {

    private final QuoteService quotes;

    InternalQuoteController(QuoteService quotes) {
        this.quotes = quotes;
    }

    @PostMapping("/internal/restaurants/{restaurantId}/quote")
    Quote quote(@PathVariable UUID restaurantId, @Valid @RequestBody QuoteRequest request) {
        return quotes.quote(restaurantId, request);
    }
}
