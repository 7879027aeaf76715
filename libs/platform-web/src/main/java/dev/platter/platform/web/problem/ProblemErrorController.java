package dev.platter.platform.web.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces the container's error page: whatever fails before or outside a controller (a filter, the container
 * itself) is still answered with problem JSON, never an HTML page or a stack trace.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        var statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = statusAttribute instanceof Integer code ? code : 500;
        var uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        var type = ProblemStatus.typeFor(status);
        var problem = Problems.of(
                org.springframework.http.HttpStatusCode.valueOf(status),
                type.uri(),
                type.title(),
                null,
                uri instanceof String path ? path : null);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
