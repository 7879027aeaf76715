package dev.platter.search.query;

import dev.platter.platform.web.problem.PlatterException;
import dev.platter.platform.web.problem.ProblemType;
import org.springframework.http.HttpStatus;

/** A search whose parameters do not go together (e.g. sort by distance without a location). */
class InvalidSearch extends PlatterException {

    InvalidSearch(String detail) {
        super(detail);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String kind() {
        return ProblemType.VALIDATION.kind();
    }

    @Override
    public String title() {
        return ProblemType.VALIDATION.title();
    }
}
