package dev.platter.search.index;

import dev.platter.platform.web.problem.PlatterException;
import org.springframework.http.HttpStatus;

/** Another rebuild of the index is still running. */
class RebuildInProgress extends PlatterException {

    RebuildInProgress(String index) {
        super("A rebuild is already writing " + index);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }

    @Override
    public String kind() {
        return "rebuild-in-progress";
    }

    @Override
    public String title() {
        return "Rebuild in progress";
    }
}
