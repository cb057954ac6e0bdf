package io.onewindow.platform.test;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring test context's OAuth2 resource server at this JVM's real Keycloak
 * ({@link KeycloakTestServer#shared()}, started on first use):
 * {@code @ContextConfiguration(initializers = KeycloakInitializer.class)}.
 *
 * <p>Sets {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, so tokens are checked
 * against the realm's {@code iss}, and {@code jwk-set-uri}, so the decoder fetches the keys
 * directly instead of resolving them through the discovery document. The server's base URL is
 * also available as {@code onewindow.test.keycloak.base-url} for tests that call it.
 */
public class KeycloakInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        KeycloakTestServer keycloak = KeycloakTestServer.shared();
        TestPropertyValues.of(
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + keycloak.issuerUri(),
                        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + keycloak.jwkSetUri(),
                        "onewindow.test.keycloak.base-url=" + keycloak.baseUrl())
                .applyTo(context);
    }
}
