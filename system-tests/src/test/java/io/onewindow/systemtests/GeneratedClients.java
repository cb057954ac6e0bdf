package io.onewindow.systemtests;

import java.util.function.Consumer;

/**
 * The clients openapi-generator makes from the committed documents (module {@code api-clients}),
 * pointed at the gateway as an integrator would: the base address is the gateway's, and a token,
 * when there is one, rides on every request as a bearer header (the documents' security scheme;
 * the native library leaves adding it to a request interceptor).
 */
final class GeneratedClients {

    private final String gatewayUrl;

    GeneratedClients(RunningPlatform platform) {
        this.gatewayUrl = platform.gatewayUrl();
    }

    io.onewindow.client.appointment.invoker.ApiClient appointments(String token) {
        var client = new io.onewindow.client.appointment.invoker.ApiClient();
        client.updateBaseUri(gatewayUrl);
        client.setRequestInterceptor(bearer(token));
        return client;
    }

    io.onewindow.client.approval.invoker.ApiClient approvals(String token) {
        var client = new io.onewindow.client.approval.invoker.ApiClient();
        client.updateBaseUri(gatewayUrl);
        client.setRequestInterceptor(bearer(token));
        return client;
    }

    io.onewindow.client.elicense.invoker.ApiClient licenses(String token) {
        var client = new io.onewindow.client.elicense.invoker.ApiClient();
        client.updateBaseUri(gatewayUrl);
        client.setRequestInterceptor(bearer(token));
        return client;
    }

    io.onewindow.client.supervision.invoker.ApiClient supervision(String token) {
        var client = new io.onewindow.client.supervision.invoker.ApiClient();
        client.updateBaseUri(gatewayUrl);
        client.setRequestInterceptor(bearer(token));
        return client;
    }

    private static Consumer<java.net.http.HttpRequest.Builder> bearer(String token) {
        return request -> {
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
        };
    }
}
