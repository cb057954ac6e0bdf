package io.onewindow.console.gateway;

import io.onewindow.console.config.ConsoleSettings;
import java.io.IOException;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The services as the console reaches them: through the gateway, as the signed-in user (their
 * access token from the session, refreshed when it expires), asking for Chinese texts. Answers are
 * read as plain JSON trees ({@code Map}/{@code List}), which the templates show; a refusal becomes a
 * {@link ServiceProblem} the page shows. The board's public reads go through {@link #anonymous()}
 * (no user, no token).
 */
@Component
public class ServiceGateway {

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {};

    private final RestClient asUser;
    private final RestClient anonymous;
    private final JsonMapper json = JsonMapper.builder().build();

    ServiceGateway(RestClient.Builder builder, ConsoleSettings settings, OAuth2AuthorizedClientManager clients) {
        var interceptor = new OAuth2ClientHttpRequestInterceptor(clients);
        interceptor.setClientRegistrationIdResolver(request -> "keycloak");
        var requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(settings.gatewayTimeout())
                .build());
        requests.setReadTimeout(settings.gatewayTimeout());
        RestClient.Builder base = builder.clone()
                .baseUrl(settings.gatewayUrl().toString())
                .requestFactory(requests)
                .defaultHeader(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw problem(response);
                });
        this.anonymous = base.clone().build();
        this.asUser = base.clone().requestInterceptor(interceptor).build();
    }

    /** Calls without a user: the public reads of the board. */
    public Calls anonymous() {
        return new Calls(anonymous);
    }

    /** Calls as the signed-in user. */
    public Calls asUser() {
        return new Calls(asUser);
    }

    /** The calls of one kind (as the user, or anonymous). */
    public final class Calls {

        private final RestClient rest;

        private Calls(RestClient rest) {
            this.rest = rest;
        }

        /** A JSON object (GET); {@code uri} is a template filled with {@code variables}, encoded. */
        public Map<String, Object> object(String uri, Object... variables) {
            return call(() -> rest.get()
                    .uri(uri, variables)
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve()
                    .body(OBJECT));
        }

        /** A JSON array (GET). */
        public List<Map<String, Object>> list(String uri, Object... variables) {
            return call(() -> {
                List<Map<String, Object>> list = rest.get()
                        .uri(uri, variables)
                        .accept(MediaType.APPLICATION_JSON)
                        .retrieve()
                        .body(LIST);
                return list == null ? List.of() : list;
            });
        }

        /** A JSON array (GET) with the answer's headers (paging: {@code X-Total-Count}, ETag). */
        public ResponseEntity<List<Map<String, Object>>> page(String uri, Object... variables) {
            return call(() -> rest.get()
                    .uri(uri, variables)
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve()
                    .toEntity(LIST));
        }

        /** A JSON object (GET) with its headers ({@code ETag} for a later {@code If-Match}). */
        public ResponseEntity<Map<String, Object>> tagged(String uri, Object... variables) {
            return call(() -> rest.get()
                    .uri(uri, variables)
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve()
                    .toEntity(OBJECT));
        }

        /** POST a JSON body; the answer's object, or an empty map for 204. */
        public Map<String, Object> post(Object body, String uri, Object... variables) {
            return send(rest.post().uri(uri, variables), body, null);
        }

        /** PUT a JSON body with {@code If-Match} (the ETag the user's page was built from), if given. */
        public Map<String, Object> put(Object body, String ifMatch, String uri, Object... variables) {
            return send(rest.put().uri(uri, variables), body, ifMatch);
        }

        /** DELETE with a JSON body (e.g. a reason). */
        public Map<String, Object> delete(Object body, String uri, Object... variables) {
            return send(rest.method(org.springframework.http.HttpMethod.DELETE).uri(uri, variables), body, null);
        }

        /** DELETE with {@code If-Match} (the ETag the user's page was built from) and no body. */
        public Map<String, Object> delete(String ifMatch, String uri, Object... variables) {
            return send(rest.method(org.springframework.http.HttpMethod.DELETE).uri(uri, variables), null, ifMatch);
        }

        /**
         * A file (GET) handed to {@code sink} with the service's headers (content type, disposition)
         * as it streams in; a refusal is a {@link ServiceProblem} before anything reaches the sink.
         */
        public void download(Download sink, String uri, Object... variables) {
            call(() -> rest.get().uri(uri, variables).accept(MediaType.ALL).exchange((request, response) -> {
                if (response.getStatusCode().isError()) {
                    throw problem(response);
                }
                try (var body = response.getBody()) {
                    sink.accept(response.getHeaders(), body);
                }
                return null;
            }));
        }

        private Map<String, Object> send(RestClient.RequestBodySpec request, Object body, String ifMatch) {
            return call(() -> {
                if (ifMatch != null && !ifMatch.isBlank()) {
                    request.header(HttpHeaders.IF_MATCH, ifMatch);
                }
                if (body != null) {
                    request.contentType(MediaType.APPLICATION_JSON).body(body);
                }
                Map<String, Object> answer =
                        request.accept(MediaType.APPLICATION_JSON).retrieve().body(OBJECT);
                return answer == null ? Map.of() : answer;
            });
        }
    }

    /** Where a downloaded file goes: its headers, then its bytes. */
    @FunctionalInterface
    public interface Download {
        void accept(HttpHeaders headers, java.io.InputStream body) throws IOException;
    }

    private static <T> T call(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (ResourceAccessException e) {
            throw ServiceProblem.unreachable("平台服务暂时无法访问，请稍后重试。");
        }
    }

    private ServiceProblem problem(ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        byte[] body = response.getBody().readAllBytes();
        try {
            Map<String, Object> fields = json.readValue(body, OBJECT_TYPE);
            return ServiceProblem.of(status, fields);
        } catch (RuntimeException notJson) {
            return new ServiceProblem(status, "", null, "服务返回了错误（HTTP " + status + "）。", List.of());
        }
    }

    private static final tools.jackson.core.type.TypeReference<Map<String, Object>> OBJECT_TYPE =
            new tools.jackson.core.type.TypeReference<>() {};
}
