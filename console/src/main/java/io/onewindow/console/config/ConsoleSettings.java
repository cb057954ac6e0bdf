package io.onewindow.console.config;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of the console and its default ({@code onewindow.console.*}; env by relaxed binding,
 * e.g. {@code ONEWINDOW_CONSOLE_GATEWAY_TIMEOUT}).
 *
 * @param gatewayUrl where the console calls the services: the gateway (env {@code GATEWAY_URL})
 * @param gatewayTimeout how long one call to a service may take before the page says so
 * @param login how staff log in (Keycloak)
 * @param board the public queue board
 */
@ConfigurationProperties("onewindow.console")
public record ConsoleSettings(
        @DefaultValue("http://127.0.0.1:8080") URI gatewayUrl,
        @DefaultValue("5s") Duration gatewayTimeout,
        @DefaultValue Login login,
        @DefaultValue Board board) {

    public ConsoleSettings {
        if (gatewayUrl == null || !gatewayUrl.isAbsolute() || gatewayUrl.getHost() == null) {
            throw new IllegalArgumentException(
                    "onewindow.console.gateway-url must be an absolute URL, e.g. http://127.0.0.1:8080");
        }
        if (gatewayTimeout == null || gatewayTimeout.isNegative() || gatewayTimeout.isZero()) {
            throw new IllegalArgumentException("onewindow.console.gateway-timeout must be positive");
        }
    }

    /**
     * @param issuerUri the Keycloak realm as the browser reaches it (env {@code KEYCLOAK_ISSUER_URI});
     *     its standard endpoints are derived from it, so the console starts without Keycloak
     * @param clientId the console's confidential client (env {@code CONSOLE_CLIENT_ID})
     * @param clientSecret its secret (env {@code CONSOLE_CLIENT_SECRET}; the realm file's demo value
     *     only in the local run)
     * @param publicBaseUrl the address the browser uses for the console (the gateway's, e.g.
     *     {@code https://onewindow.example}; env {@code CONSOLE_PUBLIC_BASE_URL}); empty: the request's
     *     own, which behind the gateway is the gateway's (it keeps the Host header)
     * @param backChannelUri the same realm as the console itself reaches it, for the calls the
     *     browser does not make (token, keys, user info), where the browser's address does not resolve
     *     from the console (a container network: {@code http://keycloak:8080/realms/onewindow}; env
     *     {@code CONSOLE_KEYCLOAK_BACK_CHANNEL_URI}); empty: the issuer. Tokens still name the issuer.
     */
    public record Login(
            @DefaultValue("http://127.0.0.1:8180/realms/onewindow")
            URI issuerUri,

            @DefaultValue("onewindow-console") String clientId,
            @DefaultValue("") String clientSecret,
            @DefaultValue("") String publicBaseUrl,
            @DefaultValue("") String backChannelUri) {

        public Login {
            if (issuerUri == null || !issuerUri.isAbsolute() || issuerUri.getHost() == null) {
                throw new IllegalArgumentException("onewindow.console.login.issuer-uri must be an absolute URL");
            }
            String issuer = issuerUri.toString();
            if (issuer.endsWith("/")) {
                issuerUri = URI.create(issuer.substring(0, issuer.length() - 1));
            }
            if (clientId == null || clientId.isBlank()) {
                throw new IllegalArgumentException("onewindow.console.login.client-id must be set");
            }
            clientSecret = clientSecret == null ? "" : clientSecret;
            publicBaseUrl = publicBaseUrl == null ? "" : publicBaseUrl.strip().replaceAll("/+$", "");
            backChannelUri =
                    backChannelUri == null ? "" : backChannelUri.strip().replaceAll("/+$", "");
            if (!backChannelUri.isEmpty()
                    && (!URI.create(backChannelUri).isAbsolute()
                            || URI.create(backChannelUri).getHost() == null)) {
                throw new IllegalArgumentException("onewindow.console.login.back-channel-uri must be an absolute URL");
            }
        }

        /** The redirect after login: {@code <base>/console/login/oauth2/code/keycloak}. */
        public String redirectUri() {
            return (publicBaseUrl.isEmpty() ? "{baseUrl}" : publicBaseUrl)
                    + "/console/login/oauth2/code/{registrationId}";
        }

        /** Where Keycloak sends the browser after logout. */
        public String postLogoutRedirectUri() {
            return (publicBaseUrl.isEmpty() ? "{baseUrl}" : publicBaseUrl) + "/console/";
        }

        /** One of the realm's OpenID Connect endpoints the browser is sent to ({@code auth}, {@code logout}). */
        public String endpoint(String name) {
            return issuerUri + "/protocol/openid-connect/" + name;
        }

        /** One of the endpoints the console calls itself ({@code token}, {@code certs}, {@code userinfo}). */
        public String backChannelEndpoint(String name) {
            return (backChannelUri.isEmpty() ? issuerUri.toString() : backChannelUri) + "/protocol/openid-connect/"
                    + name;
        }
    }

    /**
     * @param topic the appointment service's event topic: a queue event of a hall redraws its boards
     * @param refreshInterval a board is redrawn at least this often even when no event arrives (a
     *     missed event or a broker outage never leaves a screen stale for longer)
     * @param heartbeat how often an idle stream sends a comment, so that proxies keep it open and the
     *     screen notices a dead connection
     * @param maxStreams open board streams one console instance serves at most (503 beyond)
     * @param streamLifetime a stream is closed after this and the screen reconnects at once (no
     *     connection lives forever through proxies and the gateway)
     * @param publicCacheMaxAge how long the gateway may keep the public board's answer
     *     (appointment-service's {@code public-board-max-age}, which it keeps at most 2 s): after a
     *     queue event the board is read at once and once more when that much has passed
     */
    public record Board(
            @DefaultValue("onewindow.appointment.events") String topic,
            @DefaultValue("15s") Duration refreshInterval,
            @DefaultValue("20s") Duration heartbeat,
            @DefaultValue("500") int maxStreams,
            @DefaultValue("30m") Duration streamLifetime,
            @DefaultValue("2s") Duration publicCacheMaxAge) {

        public Board {
            if (refreshInterval == null || refreshInterval.toMillis() < 1000) {
                throw new IllegalArgumentException("onewindow.console.board.refresh-interval must be at least 1s");
            }
            if (heartbeat == null || heartbeat.toMillis() < 1000) {
                throw new IllegalArgumentException("onewindow.console.board.heartbeat must be at least 1s");
            }
            if (streamLifetime == null || streamLifetime.toSeconds() < 10) {
                throw new IllegalArgumentException("onewindow.console.board.stream-lifetime must be at least 10s");
            }
            if (publicCacheMaxAge == null || publicCacheMaxAge.isNegative() || publicCacheMaxAge.toSeconds() > 60) {
                throw new IllegalArgumentException("onewindow.console.board.public-cache-max-age must be 0 to 60s");
            }
            if (maxStreams < 1) {
                throw new IllegalArgumentException("onewindow.console.board.max-streams must be at least 1");
            }
        }
    }
}
