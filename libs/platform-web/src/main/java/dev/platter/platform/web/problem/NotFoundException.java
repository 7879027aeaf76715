package dev.platter.platform.web.problem;

import org.springframework.http.HttpStatus;

/** A resource that does not exist, or that the caller may not see (someone else's answers 404, not 403). */
public class NotFoundException extends PlatterException {

    public NotFoundException(String detail) {
        super(detail);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.NOT_FOUND;
    }

    @Override
    public String kind() {
        return ProblemType.NOT_FOUND.kind();
    }

    @Override
    public String title() {
        return ProblemType.NOT_FOUND.title();
    }
}
