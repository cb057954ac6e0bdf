package io.onewindow.elicense.approvalclient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.onewindow.elicense.config.LicenseSettings;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ClientCredentialsOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * The client of approval-service's internal API ({@code /api/approvals/internal/**}), authenticated
 * as this service: a client-credentials token of the Keycloak client {@code e-license-service}
 * (service-account role {@code platform-service}) from the realm's token endpoint (the issuer the
 * service already trusts), obtained and cached until it expires by Spring Security's
 * {@code OAuth2AuthorizedClientManager}, and sent by its {@code OAuth2ClientHttpRequestInterceptor};
 * a 401 drops the cached token so the next call gets a new one. Every call, token requests included,
 * has a connect and read time-out ({@code onewindow.license.approval-service.timeout}).
 *
 * <p>approval-service's verdicts are answers ({@link Confirmation}, an empty {@link Optional});
 * anything else (not reachable, time-out, 5xx, our token refused) is
 * {@link ApprovalUnavailableException}: the caller must neither act nor conclude anything.
 */
@Component
public class ApprovalClient {

    private static final Logger log = LoggerFactory.getLogger(ApprovalClient.class);

    static final String REGISTRATION_ID = "approval-service";

    private final RestClient rest;

    ApprovalClient(
            LicenseSettings settings,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuerUri) {
        LicenseSettings.ApprovalService config = settings.approvalService();
        JdkClientHttpRequestFactory requests = requestFactory(config.timeout());
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientId(config.clientId())
                .clientSecret(config.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(config.tokenUri().isBlank() ? tokenEndpointOf(issuerUri) : config.tokenUri())
                .build();
        var registrations = new InMemoryClientRegistrationRepository(registration);
        OAuth2AuthorizedClientService tokens = new InMemoryOAuth2AuthorizedClientService(registrations);

        RestClientClientCredentialsTokenResponseClient tokenClient =
                new RestClientClientCredentialsTokenResponseClient();
        tokenClient.setRestClient(RestClient.builder()
                .requestFactory(requests)
                .messageConverters(
                        List.of(new FormHttpMessageConverter(), new OAuth2AccessTokenResponseHttpMessageConverter()))
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        ClientCredentialsOAuth2AuthorizedClientProvider provider =
                new ClientCredentialsOAuth2AuthorizedClientProvider();
        provider.setAccessTokenResponseClient(tokenClient);
        var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, tokens);
        manager.setAuthorizedClientProvider(provider);

        // One principal, this service, whoever's request thread makes the call: the token is the
        // service's own, never the officer's, and one cached token serves every call.
        Authentication service = UsernamePasswordAuthenticationToken.authenticated(config.clientId(), null, List.of());
        OAuth2ClientHttpRequestInterceptor bearer = new OAuth2ClientHttpRequestInterceptor(manager);
        bearer.setClientRegistrationIdResolver(request -> REGISTRATION_ID);
        bearer.setPrincipalResolver(request -> service);
        bearer.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(tokens));

        this.rest = RestClient.builder()
                .baseUrl(config.uri().toString())
                .requestFactory(requests)
                .requestInterceptor(bearer)
                .build();
        log.info("approval-service internal API at {} as client {}", config.uri(), config.clientId());
    }

    /** Keycloak's token endpoint of the realm whose tokens this service accepts. */
    static String tokenEndpointOf(String issuerUri) {
        String issuer = Objects.requireNonNull(issuerUri, "issuerUri");
        return (issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer)
                + "/protocol/openid-connect/token";
    }

    private static JdkClientHttpRequestFactory requestFactory(Duration timeout) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        return requests;
    }

    /** The facts of an approved case, as approval-service answers them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ApprovedCase(
            String caseId,
            String caseNumber,
            String status,
            String matterCode,
            String matterName,
            int matterVersion,
            String department,
            String licenseTypeCode,
            String decidedBy,
            Instant decidedAt,
            String holderName,
            String holderCode,
            String holderCodeType,
            Map<String, String> faceData) {

        /** Never prints the holder's name or full code. */
        @Override
        public String toString() {
            return "ApprovedCase[" + caseNumber + ", " + status + ", " + matterCode + ", " + department + ", "
                    + licenseTypeCode + "]";
        }
    }

    /** The licenses a case cites as materials. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Citations(
            String caseId,
            String caseNumber,
            String department,
            String matterCode,
            String status,
            List<String> licenseIdentifiers) {

        public Citations {
            licenseIdentifiers = licenseIdentifiers == null ? List.of() : List.copyOf(licenseIdentifiers);
        }
    }

    /** Why approval-service did not confirm a case as approved. */
    public enum Unconfirmed {
        /** approval-service knows no such case (404, or an id it cannot even parse: 400). */
        UNKNOWN_CASE,
        /** The case exists but was not approved (409). */
        NOT_APPROVED
    }

    /**
     * approval-service's answer about a case: the approved case, or why it is not one.
     *
     * @param approvedCase the facts, or {@code null}
     * @param unconfirmed why not, or {@code null}
     */
    public record Confirmation(ApprovedCase approvedCase, Unconfirmed unconfirmed) {

        public boolean confirmed() {
            return approvedCase != null;
        }
    }

    /**
     * Asks approval-service whether case {@code caseId} was approved, and for what the license prints.
     *
     * @throws ApprovalUnavailableException when approval-service gives no verdict
     */
    public Confirmation approvedCase(String caseId) {
        try {
            ApprovedCase answer = rest.get()
                    .uri("/api/approvals/internal/approved-cases/{caseId}", caseId)
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve()
                    .body(ApprovedCase.class);
            if (answer == null || answer.caseId() == null) {
                throw new ApprovalUnavailableException("approval-service answered case " + caseId + " without facts");
            }
            return new Confirmation(answer, null);
        } catch (HttpClientErrorException refused) {
            return switch (refused.getStatusCode().value()) {
                case 400, 404 -> new Confirmation(null, Unconfirmed.UNKNOWN_CASE);
                case 409 -> new Confirmation(null, Unconfirmed.NOT_APPROVED);
                default -> throw unavailable("case " + caseId, refused);
            };
        } catch (ApprovalUnavailableException e) {
            throw e;
        } catch (RuntimeException failure) {
            throw unavailable("case " + caseId, failure);
        }
    }

    /**
     * The licenses case {@code caseNumber} cites; empty when approval-service knows no such case.
     *
     * @throws ApprovalUnavailableException when approval-service gives no verdict
     */
    public Optional<Citations> citations(String caseNumber) {
        try {
            return Optional.ofNullable(rest.get()
                    .uri("/api/approvals/internal/case-citations/{caseNumber}", caseNumber)
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve()
                    .body(Citations.class));
        } catch (HttpClientErrorException refused) {
            int status = refused.getStatusCode().value();
            if (status == 400 || status == 404) {
                return Optional.empty();
            }
            throw unavailable("case " + caseNumber, refused);
        } catch (RuntimeException failure) {
            throw unavailable("case " + caseNumber, failure);
        }
    }

    private static ApprovalUnavailableException unavailable(String what, RuntimeException cause) {
        log.warn("approval-service gave no answer about {}: {}", what, cause.toString());
        return new ApprovalUnavailableException("approval-service gave no answer about " + what, cause);
    }
}
