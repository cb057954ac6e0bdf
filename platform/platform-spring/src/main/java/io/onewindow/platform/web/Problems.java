package io.onewindow.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds the RFC 9457 problems of OneWindow: a stable {@code type}
 * ({@code urn:onewindow:problem:<code>}), a title in Chinese by default and in English when
 * the caller prefers it ({@code Accept-Language: en}), and field errors where there are any.
 * Titles come from the bundle {@code io/onewindow/platform/web/problems} and, for a
 * service's own codes, from its {@code problems} bundle on the classpath.
 */
public class Problems {

    /** Prefix of every problem type URI. */
    public static final String TYPE_PREFIX = "urn:onewindow:problem:";

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource titles;

    public Problems() {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames("classpath:problems", "classpath:io/onewindow/platform/web/problems");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setCacheSeconds(-1);
        this.titles = source;
    }

    /** A problem for {@code code} with the caller's preferred language. */
    public ProblemDetail problem(HttpStatus status, String code, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(title(code, status, localeOf(request)));
        problem.setDetail(detail);
        if (request != null) {
            problem.setInstance(URI.create(request.getRequestURI()));
            String correlationId = request.getHeader("X-Correlation-Id");
            if (correlationId != null && correlationId.matches("[A-Za-z0-9._-]{1,64}")) {
                problem.setProperty("correlationId", correlationId);
            }
        }
        problem.setProperty("code", code);
        return problem;
    }

    /** A 400 listing every bad field at once. */
    public ProblemDetail invalid(String code, String detail, List<FieldProblem> errors, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, code, detail, request);
        problem.setProperty("errors", errors);
        return problem;
    }

    String title(String code, HttpStatus status, Locale locale) {
        try {
            return titles.getMessage(code, null, locale);
        } catch (NoSuchMessageException unknownCode) {
            return titles.getMessage("status." + status.value(), null, status.getReasonPhrase(), locale);
        }
    }

    /**
     * English when the caller's {@code Accept-Language} ranks English before Chinese; Chinese
     * otherwise, also when the header is absent (the servlet default locale is the server's,
     * not the caller's, so it is not consulted).
     */
    static Locale localeOf(HttpServletRequest request) {
        String header = request == null ? null : request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return CHINESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = range.getRange().split("-", 2)[0];
                if ("en".equalsIgnoreCase(language)) {
                    return Locale.ENGLISH;
                }
                if ("zh".equalsIgnoreCase(language)) {
                    return CHINESE;
                }
            }
        } catch (IllegalArgumentException malformedHeader) {
            return CHINESE;
        }
        return CHINESE;
    }
}
