package io.onewindow.gateway.problem;

import io.onewindow.gateway.correlation.Correlation;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 {@code application/problem+json} answers for everything the gateway refuses
 * by itself (no token, missing role, too large, too many requests, service down), so that a
 * client sees one error format whether the gateway or a service said no.
 */
@Component
public class ProblemResponses {

    private final ResourceBundleMessageSource messages;
    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
        this.messages = new ResourceBundleMessageSource();
        messages.setBasename("problems");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
    }

    /** A problem whose detail text needs no arguments. */
    public Mono<Void> write(ServerWebExchange exchange, ProblemType type) {
        return write(exchange, type, new Object[0], Map.of());
    }

    /**
     * A problem whose detail is one of the type's variants: the text under {@code
     * problem.<code>.<variant>.detail} (e.g. why a token was refused).
     */
    public Mono<Void> writeVariant(ServerWebExchange exchange, ProblemType type, String variant) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        Map<String, Object> body = body(exchange, type, new Object[0], Map.of());
        body.put(
                "detail", messages.getMessage(type.messageKey() + "." + variant + ".detail", null, language(exchange)));
        return write(response, body, language(exchange), type);
    }

    /**
     * A problem whose detail text is filled with {@code detailArgs}, with extra members
     * ({@code extensions}) beside the standard ones.
     */
    public Mono<Void> write(
            ServerWebExchange exchange, ProblemType type, Object[] detailArgs, Map<String, Object> extensions) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        return write(
                response,
                body(exchange, type, detailArgs, extensions),
                ProblemLanguage.of(exchange.getRequest().getHeaders()),
                type);
    }

    private Mono<Void> write(ServerHttpResponse response, Map<String, Object> body, Locale language, ProblemType type) {
        response.setStatusCode(type.status());
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setContentLanguage(language);
        byte[] bytes = json.writeValueAsBytes(body);
        DataBuffer buffer = response.bufferFactory().wrap(bytes);
        return response.writeWith(Mono.just(buffer));
    }

    /**
     * The 503 {@code service-unavailable} problem for a call to {@code service} the gateway could not
     * complete, with the {@code service} and the {@code reason} ({@code busy}, {@code timeout},
     * {@code unreachable}, ...) as extensions. Headers such as {@code Retry-After} are the caller's.
     */
    public Mono<Void> serviceUnavailable(ServerWebExchange exchange, String service, String reason) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        return write(
                response,
                serviceUnavailableBody(exchange, service, reason),
                language(exchange),
                ProblemType.SERVICE_UNAVAILABLE);
    }

    /** The members of {@link #serviceUnavailable}'s problem, for handlers that answer with a {@code ServerResponse}. */
    public Map<String, Object> serviceUnavailableBody(ServerWebExchange exchange, String service, String reason) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("service", service);
        extensions.put("reason", reason);
        return body(
                exchange, ProblemType.SERVICE_UNAVAILABLE, new Object[] {serviceName(exchange, service)}, extensions);
    }

    /** The problem's members, for handlers that answer with a {@code ServerResponse}. */
    public Map<String, Object> body(
            ServerWebExchange exchange, ProblemType type, Object[] detailArgs, Map<String, Object> extensions) {
        Locale locale = ProblemLanguage.of(exchange.getRequest().getHeaders());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.uri().toString());
        body.put("title", messages.getMessage(type.messageKey() + ".title", null, locale));
        body.put("status", type.status().value());
        body.put("detail", messages.getMessage(type.messageKey() + ".detail", detailArgs, locale));
        body.put("instance", originalPath(exchange));
        body.put("code", type.code());
        body.putAll(extensions);
        String correlationId = exchange.getAttribute(Correlation.ID_ATTRIBUTE);
        if (correlationId != null) {
            body.put("correlationId", correlationId);
        }
        return body;
    }

    /** The path the client asked for, also after the gateway forwarded it (to a fallback). */
    private static String originalPath(ServerWebExchange exchange) {
        String clientPath = exchange.getAttribute(Correlation.CLIENT_PATH_ATTRIBUTE);
        return clientPath != null ? clientPath : exchange.getRequest().getPath().value();
    }

    /** The language a problem for this request is written in. */
    public Locale language(ServerWebExchange exchange) {
        return ProblemLanguage.of(exchange.getRequest().getHeaders());
    }

    /** A service's name in the language the client asked for, for problem details. */
    public String serviceName(ServerWebExchange exchange, String serviceId) {
        Locale locale = ProblemLanguage.of(exchange.getRequest().getHeaders());
        return messages.getMessage("service." + serviceId, null, serviceId, locale);
    }
}
