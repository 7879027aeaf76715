package dev.platter.platform.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place a servlet service turns exceptions into RFC 9457 problems. Bad input is a 4xx with a stable type;
 * anything unexpected is a 500 that leaks nothing (the log has the details, tied to the request by its ids).
 */
@RestControllerAdvice
public class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(PlatterException.class)
    ResponseEntity<ProblemDetail> platter(PlatterException e, HttpServletRequest request) {
        if (e.status().is5xxServerError()) {
            // a dependency failed (e.g. 503): the answer says little, the log says why
            log.warn(
                    "{} {} answered {}: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    e.status().value(),
                    e.kind(),
                    e);
        }
        return respond(Problems.of(e.status(), ProblemType.uri(e.kind()), e.title(), e.getMessage(), path(request)));
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalidBody(BindException e, HttpServletRequest request) {
        var errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> fieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        var global = e.getBindingResult().getGlobalErrors().stream()
                .map(error -> fieldError(error.getObjectName(), error.getDefaultMessage()))
                .toList();
        return validation(concat(errors, global), request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        var errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error ->
                                fieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return validation(errors, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        var errors = e.getConstraintViolations().stream()
                .map(violation -> fieldError(violation.getPropertyPath().toString(), violation.getMessage()))
                .toList();
        return validation(errors, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return validation(List.of(fieldError(e.getName(), "has an invalid value")), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(
            MissingServletRequestParameterException e, HttpServletRequest request) {
        return validation(List.of(fieldError(e.getParameterName(), "is required")), request);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return validation(List.of(fieldError(e.getHeaderName(), "header is required")), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        var unknown = unrecognizedProperty(e);
        if (unknown != null) {
            var problem = Problems.of(
                    ProblemType.UNKNOWN_FIELD,
                    "Field '" + unknown.getPropertyName() + "' is not accepted",
                    path(request));
            problem.setProperty("errors", List.of(fieldError(unknown.getPropertyName(), "is not accepted")));
            return respond(problem);
        }
        return respond(Problems.of(
                ProblemType.MALFORMED_REQUEST,
                "The request body could not be read as JSON of the expected shape",
                path(request)));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request) {
        return respond(Problems.of(ProblemType.NOT_FOUND, "No resource at this path", path(request)));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(
            HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        var problem = Problems.of(
                ProblemType.METHOD_NOT_ALLOWED, "Method " + e.getMethod() + " is not supported here", path(request));
        var headers = new HttpHeaders();
        if (e.getSupportedHttpMethods() != null) {
            headers.setAllow(e.getSupportedHttpMethods());
        }
        return respond(problem, headers);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType(
            HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        var headers = new HttpHeaders();
        headers.setAccept(e.getSupportedMediaTypes());
        return respond(
                Problems.of(
                        ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "Content type " + e.getContentType() + " is not supported",
                        path(request)),
                headers);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return respond(Problems.of(
                e.getStatusCode(),
                ProblemType.uri("not-acceptable"),
                "Not acceptable",
                "This resource answers in JSON",
                path(request)));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return respond(Problems.of(ProblemType.PAYLOAD_TOO_LARGE, "The request body is too large", path(request)));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentUpdate(OptimisticLockingFailureException e, HttpServletRequest request) {
        return respond(Problems.of(
                ProblemType.CONFLICT,
                "The resource was changed by someone else; read it again and retry",
                path(request)));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e, HttpServletRequest request) {
        return respond(Problems.of(ProblemType.FORBIDDEN, "Your role does not allow this", path(request)));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e, HttpServletRequest request) {
        return respond(Problems.of(ProblemType.UNAUTHENTICATED, "A valid access token is required", path(request)));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> other(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse spring && !spring.getStatusCode().is5xxServerError()) {
            var status = spring.getStatusCode();
            var type = ProblemStatus.typeFor(status.value());
            return respond(Problems.of(status, type.uri(), type.title(), null, path(request)));
        }
        log.error("Unhandled exception for {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(Problems.of(ProblemType.INTERNAL, "Something went wrong on our side", path(request)));
    }

    private ResponseEntity<ProblemDetail> validation(List<Map<String, String>> errors, HttpServletRequest request) {
        var problem = Problems.of(ProblemType.VALIDATION, "One or more fields are invalid", path(request));
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return respond(problem, new HttpHeaders());
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus())
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static Map<String, String> fieldError(String field, String message) {
        return Map.of("field", field, "message", message == null ? "is invalid" : message);
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        if (second.isEmpty()) {
            return first;
        }
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    private static UnrecognizedPropertyException unrecognizedProperty(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return unknown;
            }
        }
        return null;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
