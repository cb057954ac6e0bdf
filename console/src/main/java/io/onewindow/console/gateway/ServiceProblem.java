package io.onewindow.console.gateway;

import java.util.List;
import java.util.Map;

/**
 * A service's refusal (its RFC 9457 problem) or the gateway's, carried to the page that made the
 * call: the page shows the title and detail in the user's language (the services answer in
 * Chinese by default) and the fields to correct.
 *
 * @param status the HTTP status the service answered
 * @param code the problem's code ({@code urn:onewindow:problem:<code>}), e.g. {@code slot-full}
 * @param fields the invalid fields, each with its message (public JSON paths)
 */
public class ServiceProblem extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final String detail;
    private final List<FieldError> fields;

    public record FieldError(String field, String message) {}

    public ServiceProblem(int status, String code, String title, String detail, List<FieldError> fields) {
        super(status + " " + code + ": " + detail);
        this.status = status;
        this.code = code == null ? "" : code;
        this.title = title == null || title.isBlank() ? "操作未完成" : title;
        this.detail = detail == null ? "" : detail;
        this.fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** A problem+json body as the services write it. */
    @SuppressWarnings("unchecked")
    static ServiceProblem of(int status, Map<String, Object> body) {
        String type = body.get("type") instanceof String t ? t : "";
        String code =
                type.startsWith("urn:onewindow:problem:") ? type.substring("urn:onewindow:problem:".length()) : type;
        List<FieldError> fields = List.of();
        if (body.get("errors") instanceof List<?> errors) {
            fields = errors.stream()
                    .filter(Map.class::isInstance)
                    .map(e -> (Map<String, Object>) e)
                    .map(e -> new FieldError(
                            String.valueOf(e.getOrDefault("field", e.getOrDefault("pointer", ""))),
                            String.valueOf(e.getOrDefault("message", e.getOrDefault("detail", "")))))
                    .toList();
        }
        return new ServiceProblem(
                status,
                code,
                body.get("title") instanceof String t ? t : null,
                body.get("detail") instanceof String d ? d : null,
                fields);
    }

    /** When the gateway or a service could not be reached or did not answer in time. */
    static ServiceProblem unreachable(String detail) {
        return new ServiceProblem(503, "console.service-unreachable", "服务暂时不可用", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> fields() {
        return fields;
    }
}
