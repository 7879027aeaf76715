package dev.platter.gateway.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A streamed (chunked) request body grew past the limit while it was being forwarded. */
class PayloadTooLarge extends ResponseStatusException {

    PayloadTooLarge(long maxBytes) {
        super(HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than " + maxBytes + " bytes");
    }
}
