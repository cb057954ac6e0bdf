package io.onewindow.gateway.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The problems the gateway itself answers with. Each has a stable type URI that clients may
 * branch on; its title and detail texts live in {@code problems*.properties} (Chinese first,
 * English by {@code Accept-Language}).
 */
public enum ProblemType {
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE),
    TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS),
    SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE),
    BAD_REQUEST("bad-request", HttpStatus.BAD_REQUEST),
    UPGRADE_NOT_SUPPORTED("upgrade-not-supported", HttpStatus.BAD_REQUEST),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR);

    private final String slug;
    private final HttpStatus status;

    ProblemType(String slug, HttpStatus status) {
        this.slug = slug;
        this.status = status;
    }

    public URI uri() {
        return URI.create("urn:onewindow:problem:" + slug);
    }

    /** The short code clients branch on, the same member the services' problems carry. */
    public String code() {
        return slug;
    }

    public HttpStatus status() {
        return status;
    }

    String messageKey() {
        return "problem." + slug;
    }
}
