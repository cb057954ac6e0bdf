package io.onewindow.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where a service's OpenAPI document sends its readers ({@code onewindow.api-docs.*}).
 *
 * @param publicBaseUrl the gateway's public address, the document's server when the request for
 *     it came without {@code X-Forwarded-Host} (env {@code ONEWINDOW_API_DOCS_PUBLIC_BASE_URL});
 *     the services' own ports are never shown to integrators
 * @param realmUrl the Keycloak realm as a browser reaches it, for the OAuth2 login the document
 *     offers (authorization code + PKCE; env {@code ONEWINDOW_API_DOCS_REALM_URL})
 */
@ConfigurationProperties("onewindow.api-docs")
public record ApiDocsProperties(
        @DefaultValue("http://127.0.0.1:8080") String publicBaseUrl,

        @DefaultValue("http://127.0.0.1:8180/realms/onewindow")
        String realmUrl) {

    /** The realm's authorization endpoint (the browser is sent there to log in). */
    public String authorizationUrl() {
        return trimmed(realmUrl) + "/protocol/openid-connect/auth";
    }

    /** The realm's token endpoint (the code is exchanged there for a token). */
    public String tokenUrl() {
        return trimmed(realmUrl) + "/protocol/openid-connect/token";
    }

    private static String trimmed(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
