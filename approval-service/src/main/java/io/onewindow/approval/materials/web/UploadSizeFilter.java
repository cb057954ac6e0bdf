package io.onewindow.approval.materials.web;

import io.onewindow.platform.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a multipart upload whose declared length exceeds {@code spring.servlet.multipart.max-request-size}
 * with a problem+json 413 before anything reads it. Without it the platform's request guard, which reads
 * parameters first, makes the container parse the parts and answer with its own non-problem 413.
 * Registered first in the chain by {@code config.ApprovalConfiguration}.
 */
public class UploadSizeFilter extends OncePerRequestFilter {

    private final ProblemWriter problems;
    private final long limit;

    public UploadSizeFilter(ProblemWriter problems, long limitBytes) {
        this.problems = problems;
        this.limit = limitBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        if (multipart && request.getContentLengthLong() > limit) {
            problems.write(
                    request,
                    response,
                    HttpStatus.CONTENT_TOO_LARGE,
                    "payload-too-large",
                    "an upload may have at most " + limit + " bytes");
            return;
        }
        chain.doFilter(request, response);
    }
}
