package dev.platter.search.index;

import dev.platter.platform.web.problem.PlatterException;
import org.springframework.http.HttpStatus;

/** Elasticsearch did not answer in time or failed: searches answer 503 at once rather than hang. */
public class SearchUnavailable extends PlatterException {

    public SearchUnavailable(Throwable cause) {
        super("Search is unavailable right now; please try again shortly");
        initCause(cause);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.SERVICE_UNAVAILABLE;
    }

    @Override
    public String kind() {
        return "search-unavailable";
    }

    @Override
    public String title() {
        return "Search unavailable";
    }
}
