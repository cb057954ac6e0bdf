package io.onewindow.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem straight to the servlet response, for the places that answer before
 * Spring MVC does: the security entry point, the access-denied handler and request filters.
 */
public class ProblemWriter {

    private final Problems problems;
    private final JsonMapper json;

    public ProblemWriter(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    public void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code, String detail)
            throws IOException {
        write(request, response, problems.problem(status, code, detail, request));
    }

    /** A problem whose localized detail names {@code arguments}; {@code detail} is the English fallback. */
    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String code,
            List<?> arguments,
            String detail)
            throws IOException {
        write(request, response, problems.problem(status, code, arguments, detail, request));
    }

    /**
     * A problem whose detail is the text of {@code detailKey} ({@code <detailKey>.detail}, a
     * variant of the code's own detail) in the caller's language; {@code detail} is the fallback.
     */
    public void writeVariant(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String code,
            String detailKey,
            String detail)
            throws IOException {
        ProblemDetail problem = problems.problem(status, code, detail, request);
        problem.setDetail(problems.detail(detailKey, List.of(), problem.getDetail(), Problems.localeOf(request)));
        write(request, response, problem);
    }

    /**
     * Writes {@code problem} with the {@code Content-Language} of the caller's language, in
     * which {@link Problems} wrote its title and detail.
     */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        if (!response.isCommitted()) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, Problems.contentLanguage(request));
        }
        write(response, problem);
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(asMap(problem)));
        response.flushBuffer();
    }

    /** RFC 9457 members first, then the extension members at the top level. */
    static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            body.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
