package io.onewindow.console.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ConsoleSettingsTest {

    private static ConsoleSettings.Login login(String publicBaseUrl, String backChannel) {
        return new ConsoleSettings.Login(
                URI.create("http://localhost:8180/realms/onewindow/"),
                "onewindow-console",
                "s",
                publicBaseUrl,
                backChannel);
    }

    @Test
    void theBrowserIsSentToTheIssuerAndTheConsolesOwnCallsGoToTheBackChannel() {
        ConsoleSettings.Login login = login("", "http://keycloak:8080/realms/onewindow/");
        assertThat(login.endpoint("auth"))
                .isEqualTo("http://localhost:8180/realms/onewindow/protocol/openid-connect/auth");
        assertThat(login.backChannelEndpoint("token"))
                .isEqualTo("http://keycloak:8080/realms/onewindow/protocol/openid-connect/token");
    }

    @Test
    void withoutABackChannelTheConsoleCallsTheIssuer() {
        assertThat(login("", "").backChannelEndpoint("certs"))
                .isEqualTo("http://localhost:8180/realms/onewindow/protocol/openid-connect/certs");
    }

    @Test
    void thePublicBaseUrlFixesTheLoginsRedirect() {
        assertThat(login("https://onewindow.example/", "").redirectUri())
                .isEqualTo("https://onewindow.example/console/login/oauth2/code/{registrationId}");
        assertThat(login("", "").redirectUri()).isEqualTo("{baseUrl}/console/login/oauth2/code/{registrationId}");
    }

    @Test
    void aRelativeBackChannelOrIssuerIsRefused() {
        assertThatThrownBy(() -> login("", "keycloak/realms/onewindow")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConsoleSettings.Login(URI.create("/realms/x"), "c", "s", "", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
