package io.onewindow.elicense.approvalclient;

import io.onewindow.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A request that needs approval-service's answer (a duty read) while it gives none: 503, try again. */
@RestControllerAdvice
// Before the platform's advices, whose data-access and catch-all handlers would otherwise answer first.
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApprovalUnavailableAdvice {

    static final String CODE = "approval-service.unavailable";

    private final Problems problems;

    ApprovalUnavailableAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApprovalUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(ApprovalUnavailableException e, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                CODE,
                "approval-service could not confirm the case now; try again later",
                request);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "5")
                .header("Content-Language", Problems.contentLanguage(request))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
