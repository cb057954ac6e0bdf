package io.onewindow.console.config;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The console as a client of the Keycloak realm ({@code onewindow-console}), from its settings:
 * the realm's standard OpenID Connect endpoints under the issuer, so that the console starts and
 * serves the board while Keycloak is still starting or down (discovery would need it at start). The
 * browser goes to the issuer's address; the console's own calls (token, keys, user info) go to the
 * back-channel address when one is set. The ID token's issuer is checked against the issuer setting.
 */
@Configuration(proxyBeanMethods = false)
class KeycloakClient {

    static final String REGISTRATION = "keycloak";

    @Bean
    ClientRegistrationRepository clientRegistrations(ConsoleSettings settings) {
        ConsoleSettings.Login login = settings.login();
        ClientRegistration keycloak = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(login.clientId())
                .clientSecret(login.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(login.redirectUri())
                .scope("openid")
                .issuerUri(login.issuerUri().toString())
                .authorizationUri(login.endpoint("auth"))
                .tokenUri(login.backChannelEndpoint("token"))
                .jwkSetUri(login.backChannelEndpoint("certs"))
                .userInfoUri(login.backChannelEndpoint("userinfo"))
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", login.endpoint("logout")))
                .clientName("Keycloak")
                .build();
        return new InMemoryClientRegistrationRepository(keycloak);
    }
}
