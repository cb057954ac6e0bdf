package io.onewindow.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A multipart body that cannot be parsed (a missing closing boundary, a broken part) is the
 * client's error: 400 {@code malformed-body}, not a 500. An upload over the limit stays 413.
 * Ordered before {@link ProblemAdvice}, whose catch-all would otherwise answer first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 200)
public class MultipartProblemAdvice {

    private final Problems problems;

    public MultipartProblemAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> malformedMultipart(MultipartException e, HttpServletRequest request) {
        boolean tooLarge = e instanceof MaxUploadSizeExceededException;
        ProblemDetail problem = tooLarge
                ? problems.problem(
                        HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "the upload exceeds the size limit", request)
                : problems.problem(
                        HttpStatus.BAD_REQUEST,
                        "malformed-body",
                        "the request body is not a valid multipart form",
                        request);
        if (!tooLarge) {
            problem.setDetail(problems.detail(
                    "malformed-body.multipart", List.of(), problem.getDetail(), Problems.localeOf(request)));
        }
        return ProblemAdvice.respond(problem, request);
    }
}
