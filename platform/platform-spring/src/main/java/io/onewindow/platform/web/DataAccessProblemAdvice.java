package io.onewindow.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Races that the store decides are conflicts, not server errors: a unique index refusing a
 * second copy, or a document that changed since it was read (after a use case's own retries).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 200)
public class DataAccessProblemAdvice {

    private final Problems problems;

    public DataAccessProblemAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e, HttpServletRequest request) {
        return ProblemAdvice.respond(
                problems.problem(HttpStatus.CONFLICT, "duplicate", "this already exists", request), request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentUpdate(OptimisticLockingFailureException e, HttpServletRequest request) {
        return ProblemAdvice.respond(
                problems.problem(
                        HttpStatus.CONFLICT,
                        "concurrent-update",
                        "it was changed meanwhile; read it again and retry",
                        request),
                request);
    }
}
