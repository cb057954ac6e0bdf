package io.onewindow.platform.web;

import io.onewindow.platform.service.ServiceAutoConfiguration;
import io.onewindow.platform.service.ServiceProperties;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.util.unit.DataSize;

/**
 * The OpenAPI document of each service, one contract through the gateway: its name and
 * description; the gateway as its server ({@link GatewayServerUrl}); the Keycloak bearer token
 * every non-public operation needs, or a login in the browser (authorization code + PKCE,
 * {@link ApiDocsProperties#realmUrl()}); unique schema names ({@link ApiSchemaNames}); stable
 * operation ids, public operations without a security requirement and the problem responses
 * of every operation ({@link ApiOperationConventions}).
 */
@AutoConfiguration(after = {ServiceAutoConfiguration.class, WebAutoConfiguration.class})
@ConditionalOnClass(OpenAPI.class)
@EnableConfigurationProperties(ApiDocsProperties.class)
public class ApiDocsAutoConfiguration {

    static final String BEARER = "keycloak";
    static final String LOGIN = "keycloak-login";

    /** What a service checks of a token, the JWT best practices of RFC 8725. */
    static final String TOKEN_CHECKS = "Short-lived Keycloak access tokens (JWT, RFC8725 best practices): the "
            + "signature against the realm's published keys (the algorithm comes from the key, never from the "
            + "token alone), issuer, expiry, audience onewindow-api and the issuing client (azp) are checked.";

    @Bean
    @ConditionalOnMissingBean
    OpenAPI serviceOpenApi(ServiceProperties service, ApiDocsProperties docs) {
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
                                        .bearerFormat("JWT")
                                        .description(TOKEN_CHECKS))
                        .addSecuritySchemes(LOGIN, login(docs)))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(LOGIN));
    }

    /** A login in the browser with the portal's public client (authorization code + PKCE). */
    static SecurityScheme login(ApiDocsProperties docs) {
        return new SecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("Keycloak realm onewindow, public client onewindow-portal, PKCE (S256). " + TOKEN_CHECKS)
                .flows(new OAuthFlows()
                        .authorizationCode(new OAuthFlow()
                                .authorizationUrl(docs.authorizationUrl())
                                .tokenUrl(docs.tokenUrl())
                                // Keycloak refreshes at its token endpoint (grant_type=refresh_token)
                                .refreshUrl(docs.tokenUrl())
                                .scopes(new Scopes().addString("openid", "sign in"))));
    }

    @Bean
    @ConditionalOnMissingBean
    GatewayServerUrl gatewayServerUrl(ServiceProperties service, ApiDocsProperties docs) {
        return new GatewayServerUrl(docs.publicBaseUrl(), service.apiPrefix());
    }

    @Bean
    @ConditionalOnMissingBean
    ApiSchemaNames apiSchemaNames() {
        return new ApiSchemaNames();
    }

    /** Instants with an example at the service's offset, dates as plain dates. */
    @Bean
    @ConditionalOnMissingBean
    ApiTimeDocs apiTimeDocs(ApiTime time) {
        return new ApiTimeDocs(time);
    }

    @Bean
    @ConditionalOnMissingBean
    ApiLimitConventions apiLimitConventions(
            WebProperties web, @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        return new ApiLimitConventions(web.maxBodySize().toBytes(), maxFileSize.toBytes());
    }

    @Bean
    @ConditionalOnMissingBean
    ApiOperationConventions apiOperationConventions(ServiceProperties service, Problems problems) {
        return new ApiOperationConventions(service.apiPrefix(), List.of(BEARER, LOGIN), problems);
    }
}
