package io.onewindow.gateway.routing;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's own entry in the Swagger UI, which lists every service's document beside it
 * ({@code springdoc.swagger-ui.urls}): it has no endpoints of its own, so it says how to get
 * through it.
 */
@Configuration(proxyBeanMethods = false)
class GatewayApiDocs {

    @Bean
    OpenAPI gatewayOpenApi() {
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
                                        .bearerFormat("JWT")));
    }
}
