package dev.platter.platform.web.problem;

/** Maps a bare HTTP status (from the servlet container, Spring or the gateway) to our problem type. */
public final class ProblemStatus {

    private ProblemStatus() {}

    public static ProblemType typeFor(int status) {
        return switch (status) {
            case 400 -> ProblemType.MALFORMED_REQUEST;
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 409 -> ProblemType.CONFLICT;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> ProblemType.RATE_LIMITED;
            case 502, 503, 504 -> ProblemType.SERVICE_UNAVAILABLE;
            default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.MALFORMED_REQUEST;
        };
    }
}
