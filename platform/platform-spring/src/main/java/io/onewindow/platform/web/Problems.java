package io.onewindow.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds the RFC 9457 problems of OneWindow: a stable {@code type}
 * ({@code urn:onewindow:problem:<code>}), a title and a detail in Chinese by default and in
 * English when the caller prefers it ({@code Accept-Language: en}), and field errors where there
 * are any. Texts come from the bundle {@code io/onewindow/platform/web/problems} and, for a
 * service's own codes, from its {@code problems} bundle on the classpath: {@code <code>} is the
 * title, {@code <code>.detail} the detail, a {@link java.text.MessageFormat} pattern filled with
 * the arguments of the error ({@code {0}}, {@code {1}}, ...). The English text the code passes is
 * only the fallback for a code without a detail (and what the log shows).
 */
public class Problems {

    /** Prefix of every problem type URI. */
    public static final String TYPE_PREFIX = "urn:onewindow:problem:";

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /** Suffix of a code's detail text in the problem bundles. */
    public static final String DETAIL_SUFFIX = ".detail";

    /** Prefix of a field message in the problem bundles, followed by a message code. */
    public static final String FIELD_PREFIX = "field.";

    /** Prefix of the name of a kind of resource in the problem bundles (for {@code not-found}). */
    public static final String RESOURCE_PREFIX = "resource.";

    private final MessageSource texts;

    public Problems() {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames("classpath:problems", "classpath:io/onewindow/platform/web/problems");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setCacheSeconds(-1);
        this.texts = source;
    }

    /**
     * A problem for {@code code} with the caller's preferred language; {@code fallbackDetail} is
     * used only when the code has no detail text or its text needs arguments.
     */
    public ProblemDetail problem(HttpStatus status, String code, String fallbackDetail, HttpServletRequest request) {
        return problem(status, code, List.of(), fallbackDetail, request);
    }

    /**
     * A problem for {@code code} whose detail ({@code <code>.detail}) is filled with {@code
     * arguments}, in the caller's preferred language.
     */
    public ProblemDetail problem(
            HttpStatus status, String code, List<?> arguments, String fallbackDetail, HttpServletRequest request) {
        Locale locale = localeOf(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(title(code, status, locale));
        problem.setDetail(detail(code, arguments, fallbackDetail, locale));
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
    public ProblemDetail invalid(
            String code, String fallbackDetail, List<FieldProblem> errors, HttpServletRequest request) {
        return invalid(code, List.of(), fallbackDetail, errors, request);
    }

    /** A 400 listing every bad field at once, its detail filled with {@code arguments}. */
    public ProblemDetail invalid(
            String code,
            List<?> arguments,
            String fallbackDetail,
            List<FieldProblem> errors,
            HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, code, arguments, fallbackDetail, request);
        problem.setProperty("errors", errors);
        return problem;
    }

    /**
     * The text of {@code <code>.detail} in {@code locale}, filled with {@code arguments} (each
     * written as text, so a year stays {@code 2027}); {@code fallback} when the code has no such
     * text or the text names more arguments than given.
     */
    public String detail(String code, List<?> arguments, String fallback, Locale locale) {
        String pattern;
        try {
            pattern = texts.getMessage(code + DETAIL_SUFFIX, null, locale);
        } catch (NoSuchMessageException noText) {
            return fallback;
        }
        Object[] values = arguments == null
                ? new Object[0]
                : arguments.stream().map(String::valueOf).toArray();
        MessageFormat format = new MessageFormat(pattern, locale);
        if (format.getFormatsByArgumentIndex().length > values.length) {
            return fallback;
        }
        return format.format(values);
    }

    /**
     * The name of a kind of resource in {@code locale} ({@code resource.<name>}, spaces as
     * hyphens: {@code resource.booking-ban}); the name itself when the bundles have none.
     */
    public String resourceName(String name, Locale locale) {
        return texts.getMessage(RESOURCE_PREFIX + name.replace(' ', '-'), null, name, locale);
    }

    /**
     * The message of one bad field in {@code locale}: a text a problem bundle holds for one of the
     * error's message codes, most specific first (Spring's codes such as {@code
     * AssertTrue.exactlyOne}, then {@code AssertTrue}); otherwise the message the validator made,
     * which Bean Validation interpolates in the request's language (see {@code ProblemLocaleResolver}).
     */
    public String fieldMessage(MessageSourceResolvable error, Locale locale) {
        String[] codes = error.getCodes();
        if (codes != null) {
            for (String code : codes) {
                String text = texts.getMessage(FIELD_PREFIX + code, null, null, locale);
                if (text != null) {
                    return text;
                }
            }
        }
        return error.getDefaultMessage();
    }

    /** The field message of a platform code ({@code field.<code>}) in the caller's language. */
    public String fieldMessage(String code, HttpServletRequest request) {
        return texts.getMessage(FIELD_PREFIX + code, null, code, localeOf(request));
    }

    /** The caller's language as a {@code Content-Language} value: {@code zh-CN} or {@code en}. */
    public static String contentLanguage(HttpServletRequest request) {
        return localeOf(request).toLanguageTag();
    }

    String title(String code, HttpStatus status, Locale locale) {
        try {
            return texts.getMessage(code, null, locale);
        } catch (NoSuchMessageException unknownCode) {
            return texts.getMessage("status." + status.value(), null, status.getReasonPhrase(), locale);
        }
    }

    /**
     * English when the caller's {@code Accept-Language} ranks English before Chinese; Chinese
     * otherwise, also when the header is absent (the servlet default locale is the server's,
     * not the caller's, so it is not consulted).
     */
    public static Locale localeOf(HttpServletRequest request) {
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
