package io.onewindow.platform.web;

import io.onewindow.platform.service.ServiceAutoConfiguration;
import io.onewindow.platform.service.ServiceProperties;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The OpenAPI document's header for each service: its name and description, and the
 * Keycloak bearer token that every non-public operation needs.
 */
@AutoConfiguration(after = ServiceAutoConfiguration.class)
@ConditionalOnClass(OpenAPI.class)
public class ApiDocsAutoConfiguration {

    static final String BEARER = "keycloak";

    @Bean
    @ConditionalOnMissingBean
    OpenAPI serviceOpenApi(ServiceProperties service) {
        return new OpenAPI()
                .info(new Info()
                        .title("OneWindow " + service.name())
                        .description(service.description()
                                + "\n\nErrors are RFC 9457 problems (application/problem+json) whose `type` is "
                                + "`urn:onewindow:problem:<code>`; titles are Chinese unless `Accept-Language: en`. "
                                + "Everything outside `" + service.apiPrefix() + "/public/**` needs a Keycloak "
                                + "access token of realm `onewindow`.")
                        .version("v1")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
