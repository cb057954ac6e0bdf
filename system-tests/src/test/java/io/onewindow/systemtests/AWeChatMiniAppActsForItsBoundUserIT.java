package io.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The WeChat mini-app's supported way in (docs/integrators/wechat-mini-app.md), end to end against
 * the real Keycloak and the platform behind the gateway: the mini-app's backend binds an openid to
 * citizen2 through the code + PKCE login, keeps her offline token, books and files as her through
 * the gateway, and loses that power once she removes the mini-app's access through Keycloak's
 * Account API with her own token. citizen2's booking is cancelled again within the test, so her
 * booking limits (1 a day, 2 a week) are left to the other journeys as they were.
 */
class AWeChatMiniAppActsForItsBoundUserIT {

    private static final String USER = "citizen2";
    private static final String OPENID = "o6_bmjrPTlm6_2sgVt7hMZOPfL2M";
    private static final String HALL = "hall-personal-public";
    /** A matter of the hall no other journey books for citizen2 (one active booking per matter). */
    private static final String MATTER = "MED-INS";

    private static RunningPlatform platform;
    private static Gateway gateway;
    private static WeChatMiniAppBackend backend;

    @BeforeAll
    static void platform() {
        platform = RunningPlatform.shared();
        gateway = new Gateway(platform);
        backend = new WeChatMiniAppBackend(platform.keycloak().issuerUri());
    }

    @Test
    void aBoundMiniAppBooksAndFilesForItsUserUntilSheRemovesItsAccess() {
        WeChatMiniAppBackend.Binding binding = backend.bind(OPENID, USER, "demo");
        JsonNode offline = WeChatMiniAppBackend.Jwt.claims(binding.refreshToken());
        assertThat(offline.path("typ").asString()).isEqualTo("Offline");
        assertThat(offline.path("azp").asString()).isEqualTo(WeChatMiniAppBackend.CLIENT_ID);

        // each call: a fresh access token from the kept offline token, then the gateway
        String access = backend.accessTokenFor(OPENID).orElseThrow();
        JsonNode claims = WeChatMiniAppBackend.Jwt.claims(access);
        assertThat(claims.path("sub").asString()).isEqualTo(binding.subject());
        assertThat(claims.path("azp").asString()).isEqualTo(WeChatMiniAppBackend.CLIENT_ID);
        assertThat(claims.path("realm_access").path("roles").toString()).contains("\"citizen\"");
        // meant for the platform only: the backend cannot use her token on Keycloak's Account API
        assertThat(claims.path("aud").toString()).contains("onewindow-api").doesNotContain("account");
        JsonNode me = gateway.get("/api/appointments/me", access).expect(200).json();
        assertThat(me.path("username").asString()).isEqualTo(USER);
        assertThat(me.path("clientId").asString()).isEqualTo(WeChatMiniAppBackend.CLIENT_ID);

        JsonNode booking = Appointments.bookEarliestOpen(
                gateway,
                "/api/appointments",
                backend.accessTokenFor(OPENID).orElseThrow(),
                HALL,
                MATTER,
                day -> true,
                start -> Map.of("servicePointId", HALL, "matterCode", MATTER, "start", start.toString()),
                Map.of());
        String bookingId = booking.path("id").asString();
        try {
            assertThat(gateway.get(
                                    "/api/appointments/mine",
                                    backend.accessTokenFor(OPENID).orElseThrow())
                            .expect(200)
                            .body())
                    .contains(bookingId);
        } finally {
            gateway.post(
                            "/api/appointments/" + bookingId + "/cancel",
                            backend.accessTokenFor(OPENID).orElseThrow(),
                            null)
                    .expect(200);
        }

        String filer = backend.accessTokenFor(OPENID).orElseThrow();
        String premises = gateway.postMultipart(
                        "/api/approvals/files",
                        filer,
                        "premises.pdf",
                        "application/pdf",
                        "%PDF-1.7\n% premises\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))
                .expect(201)
                .text("id");
        String caseId = gateway.post(
                        "/api/approvals/cases",
                        filer,
                        Map.of(
                                "matterCode",
                                "MR-GT-001",
                                "formData",
                                Map.of("名称", "李晓雯微信小店"),
                                "materials",
                                List.of(Map.of("materialCode", "premises", "fileId", premises))))
                .expect(201)
                .text("id");
        assertThat(gateway.get("/api/approvals/cases/" + caseId, gateway.tokenOf(USER))
                        .expect(200)
                        .text("id"))
                .as("the case is hers, whichever client she used")
                .isEqualTo(caseId);

        // On the portal she sees the mini-app among her applications, with offline access, and removes it.
        String own = portalToken();
        JsonNode applications = account("GET", "/applications", own).json();
        JsonNode wechat = null;
        for (JsonNode application : applications) {
            if (WeChatMiniAppBackend.CLIENT_ID.equals(
                    application.path("clientId").asString())) {
                wechat = application;
            }
        }
        assertThat(wechat)
                .as("the mini-app among her applications: %s", applications)
                .isNotNull();
        assertThat(wechat.path("offlineAccess").asBoolean()).isTrue();
        account("DELETE", "/applications/" + WeChatMiniAppBackend.CLIENT_ID + "/consent", own)
                .expect(204);

        // The kept offline token is refused, so the backend can make no further call as her.
        WeChatMiniAppBackend.TokenAnswer refused =
                backend.refresh(backend.binding(OPENID).orElseThrow().refreshToken());
        assertThat(refused.status()).as("%s", refused.body()).isEqualTo(400);
        assertThat(refused.error()).isEqualTo("invalid_grant");
        assertThat(backend.accessTokenFor(OPENID)).isEmpty();
        assertThat(backend.binding(OPENID))
                .as("the binding ends with the refusal")
                .isEmpty();
        JsonNode after = account("GET", "/applications", own).json();
        for (JsonNode application : after) {
            if (WeChatMiniAppBackend.CLIENT_ID.equals(
                    application.path("clientId").asString())) {
                assertThat(application.path("offlineAccess").asBoolean()).isFalse();
            }
        }
    }

    @Test
    void theMiniAppUnbindsByRevokingItsOfflineToken() {
        String openid = "o6_bmjrPTlm6_unbinding";
        WeChatMiniAppBackend.Binding binding = backend.bind(openid, USER, "demo");
        assertThat(backend.accessTokenFor(openid)).isPresent();
        String kept = backend.binding(openid).orElseThrow().refreshToken();

        assertThat(backend.unbind(openid)).isEqualTo(200);

        assertThat(backend.binding(openid)).isEmpty();
        assertThat(backend.refresh(kept).error()).isEqualTo("invalid_grant");
        assertThat(backend.refresh(binding.refreshToken()).error()).isEqualTo("invalid_grant");
    }

    @Test
    void aCodeExchangedWithoutItsPkceVerifierIsRefused() {
        WeChatMiniAppBackend.WebViewLogin login =
                backend.logInInWebView(USER, "demo", WeChatMiniAppBackend.REDIRECT_URI, true);
        String code = login.parameter("code").orElseThrow(() -> new AssertionError(login.location()));

        WeChatMiniAppBackend.TokenAnswer withoutVerifier =
                backend.exchange(code, WeChatMiniAppBackend.REDIRECT_URI, null);

        assertThat(withoutVerifier.status()).isEqualTo(400);
        assertThat(withoutVerifier.error()).isEqualTo("invalid_grant");
        assertThat(withoutVerifier.body().has("access_token")).isFalse();
    }

    @Test
    void aCodeExchangedWithAnotherVerifierIsRefused() {
        WeChatMiniAppBackend.WebViewLogin login =
                backend.logInInWebView(USER, "demo", WeChatMiniAppBackend.REDIRECT_URI, true);
        String code = login.parameter("code").orElseThrow(() -> new AssertionError(login.location()));

        WeChatMiniAppBackend.TokenAnswer wrong = backend.exchange(
                code, WeChatMiniAppBackend.REDIRECT_URI, login.codeVerifier().substring(1) + "x");

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.error()).isEqualTo("invalid_grant");
    }

    @Test
    void aLoginWithoutACodeChallengeIsRefused() {
        WeChatMiniAppBackend.WebViewLogin login =
                backend.logInInWebView(USER, "demo", WeChatMiniAppBackend.REDIRECT_URI, false);

        assertThat(login.status()).isEqualTo(302);
        assertThat(login.location()).startsWith(WeChatMiniAppBackend.REDIRECT_URI);
        assertThat(login.parameter("error")).contains("invalid_request");
        assertThat(login.parameter("code")).isEmpty();
    }

    @Test
    void aRedirectUriThatIsNotRegisteredIsRefused() {
        WeChatMiniAppBackend.WebViewLogin login =
                backend.logInInWebView(USER, "demo", "https://wechat-backend.attacker.example/bound", true);

        assertThat(login.status()).isEqualTo(400);
        assertThat(login.location())
                .as("never sent to the unregistered address")
                .isNull();
        assertThat(login.body()).doesNotContain("kc-form-login");
    }

    /**
     * citizen2's own token, as the district portal gets it when she logs in there (the public client
     * {@code onewindow-portal}, code + PKCE): with Keycloak's default roles it is also meant for
     * Keycloak's Account API ({@code aud} {@code account}, role {@code manage-account}), which is how
     * the portal's "authorised applications" page lists and removes the mini-app.
     */
    private static String portalToken() {
        String redirect = "http://127.0.0.1:3000/portal/";
        WeChatMiniAppBackend.WebViewLogin login =
                backend.logInInWebView("onewindow-portal", "openid", USER, "demo", redirect, true);
        String code = login.parameter("code").orElseThrow(() -> new AssertionError(login.location()));
        HttpResponse<String> tokens = send(
                HttpRequest.newBuilder(URI.create(platform.keycloak().issuerUri() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(WeChatMiniAppBackend.form(Map.of(
                                "grant_type",
                                "authorization_code",
                                "code",
                                code,
                                "redirect_uri",
                                redirect,
                                "client_id",
                                "onewindow-portal",
                                "code_verifier",
                                login.codeVerifier())))));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return Gateway.JSON.readTree(tokens.body()).path("access_token").asString();
    }

    private static Gateway.Answer account(String method, String path, String token) {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create(platform.keycloak().issuerUri() + "/account" + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", "application/json")
                        .method(method, HttpRequest.BodyPublishers.noBody()));
        return new Gateway.Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HttpClient.newHttpClient()
                    .send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
