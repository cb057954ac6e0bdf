package io.onewindow.gateway.problem;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Errors no filter answered (no route for a path, a malformed request, a bug) as problem+json
 * too, ahead of Boot's default JSON error answer. Statuses it has no problem type for are left
 * to Boot.
 */
@Component
@Order(-2)
class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Log log = LogFactory.getLog(ProblemExceptionHandler.class);

    private final ProblemResponses problems;

    ProblemExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        if (failure instanceof ResponseStatusException statusFailure) {
            ProblemType type = typeOf(statusFailure.getStatusCode());
            if (type == null) {
                return Mono.error(failure);
            }
            return problems.write(exchange, type);
        }
        log.error("Unhandled failure on " + exchange.getRequest().getPath(), failure);
        return problems.write(exchange, ProblemType.INTERNAL_ERROR);
    }

    private static ProblemType typeOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> ProblemType.BAD_REQUEST;
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            default -> null;
        };
    }
}
