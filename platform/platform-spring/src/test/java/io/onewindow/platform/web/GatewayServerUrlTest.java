package io.onewindow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.client.MockClientHttpRequest;

class GatewayServerUrlTest {

    private final GatewayServerUrl servers = new GatewayServerUrl("http://127.0.0.1:8080/", "/api/approvals");

    private static MockClientHttpRequest request(String... headers) {
        MockClientHttpRequest request =
                new MockClientHttpRequest(HttpMethod.GET, URI.create("http://approval-service:8082/v3/api-docs"));
        for (int i = 0; i < headers.length; i += 2) {
            request.getHeaders().add(headers[i], headers[i + 1]);
        }
        return request;
    }

    @Test
    void namesTheConfiguredGatewayWhenTheRequestCameStraightToTheService() {
        assertThat(servers.customize("http://approval-service:8082", request())).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void namesTheAddressTheRequestCameThroughWithoutTheServicePrefixTheGatewayRewroteAway() {
        assertThat(servers.customize(
                        "http://approval-service:8082",
                        request(
                                "X-Forwarded-Proto",
                                "https",
                                "X-Forwarded-Host",
                                "api.onewindow.example",
                                "X-Forwarded-Port",
                                "443",
                                "X-Forwarded-Prefix",
                                "/api/approvals")))
                .isEqualTo("https://api.onewindow.example");
    }

    @Test
    void keepsAPortThatIsNotTheDefaultAndAPrefixInFrontOfTheGateway() {
        assertThat(servers.customize(
                        "http://approval-service:8082",
                        request(
                                "X-Forwarded-Proto",
                                "http",
                                "X-Forwarded-Host",
                                "gateway.local",
                                "X-Forwarded-Port",
                                "8080",
                                "X-Forwarded-Prefix",
                                "/onewindow,/api/approvals")))
                .isEqualTo("http://gateway.local:8080/onewindow");
        assertThat(servers.customize(
                        "http://approval-service:8082",
                        request("X-Forwarded-Host", "127.0.0.1:8080, proxy.internal", "X-Forwarded-Port", "9999")))
                .isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void takesTheAddressTheGatewaySaysItWasReachedAt() {
        assertThat(servers.customize(
                        "http://approval-service:8082",
                        request("X-OneWindow-Gateway-Base-Url", "https://api.onewindow.example/onewindow/")))
                .isEqualTo("https://api.onewindow.example/onewindow");
        assertThat(servers.customize(
                        "http://approval-service:8082", request("X-OneWindow-Gateway-Base-Url", "javascript:alert(1)")))
                .isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void ignoresAForgedHostOrSchemeAndFallsBackToTheConfiguredGateway() {
        assertThat(servers.customize(
                        "http://approval-service:8082",
                        request("X-Forwarded-Host", "evil.example/<script>", "X-Forwarded-Proto", "javascript")))
                .isEqualTo("http://127.0.0.1:8080");
        assertThat(servers.customize(
                        "http://approval-service:8082",
                        request("X-Forwarded-Host", "gw.example", "X-Forwarded-Proto", "javascript")))
                .isEqualTo("http://gw.example");
    }
}
