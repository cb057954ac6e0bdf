package io.onewindow.gateway.routing;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's own entry in the Swagger UI, which lists every service's document beside it
 * ({@code springdoc.swagger-ui.urls}): it has no endpoints of its own, so it says how to get
 * through it. Its Swagger UI logs in against Keycloak with the portal's public client
 * (authorization code + PKCE, {@code springdoc.swagger-ui.oauth.*}); each service's document names
 * the gateway as its server, so "try it out" goes through the gateway.
 */
@Configuration(proxyBeanMethods = false)
class GatewayApiDocs {

    @Bean
    OpenAPI gatewayOpenApi(@Value("${onewindow.gateway.api-docs.realm-url}") String realmUrl) {
        String realm = realmUrl.endsWith("/") ? realmUrl.substring(0, realmUrl.length() - 1) : realmUrl;
        return new OpenAPI()
                .info(new Info()
                        .title("OneWindow gateway")
                        .version("v1")
                        .description("The one entrance to OneWindow. /api/<service>/public/** is open;"
                                + " everything else needs a Keycloak access token (Authorization: Bearer …)."
                                + " Errors are RFC 9457 problem+json, in Chinese unless Accept-Language asks"
                                + " for English. Pick a service above to see its API."))
                .components(new Components()
                        .addSecuritySchemes(
                                "keycloak",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT"))
                        .addSecuritySchemes(
                                "keycloak-login",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.OAUTH2)
                                        .description("Keycloak realm onewindow, public client onewindow-portal, PKCE")
                                        .flows(new OAuthFlows()
                                                .authorizationCode(new OAuthFlow()
                                                        .authorizationUrl(realm + "/protocol/openid-connect/auth")
                                                        .tokenUrl(realm + "/protocol/openid-connect/token")
                                                        .scopes(new Scopes().addString("openid", "sign in"))))));
    }
}
