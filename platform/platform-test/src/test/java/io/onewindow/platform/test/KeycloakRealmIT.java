package io.onewindow.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.test.KeycloakTestServer.TokenRequestRefused;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The realm of {@code deploy/keycloak} imported into the real Keycloak server: the tokens
 * services will see carry the roles and identity claims the platform relies on.
 */
class KeycloakRealmIT {

    private static KeycloakTestServer keycloak;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startKeycloak() {
        keycloak = KeycloakTestServer.shared();
    }

    static Stream<Arguments> demoUsers() {
        return Stream.of(
                Arguments.of("citizen1", "citizen", null, "440113199003071235", null),
                Arguments.of("citizen2", "citizen", null, "440113200002290028", null),
                Arguments.of("enterprise1", "enterprise", null, "440113198206141534", "91440113MA5D000166"),
                Arguments.of("agent1", "agent", null, "440113198809212469", null),
                Arguments.of("officer1", "window-officer", "market-regulation", "44011319921103317X", null),
                Arguments.of("approver1", "approver", "market-regulation", "440113197905054283", null),
                Arguments.of("deptadmin1", "dept-admin", "market-regulation", "440113197502285191", null),
                Arguments.of("catalogadmin1", "catalog-admin", "district-admin-service", "440113199308170621", null),
                Arguments.of("inspector1", "inspector", "discipline-inspection", "440113197001017738", null),
                Arguments.of("admin1", "platform-admin", "district-admin-service", "440113198604301847", null),
                Arguments.of("admin2", "platform-admin", "district-admin-service", "440113198806152026", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoUsers")
    void demoUserTokenCarriesRoleAndIdentityClaims(
            String username, String role, String department, String idNumber, String creditCode) {
        JsonNode claims = payload(keycloak.passwordToken(username, "demo"));

        assertThat(claims.path("iss").asString()).isEqualTo(keycloak.issuerUri());
        assertThat(claims.path("azp").asString()).isEqualTo("onewindow-cli");
        assertThat(claims.path("preferred_username").asString()).isEqualTo(username);
        assertThat(strings(claims.path("realm_access").path("roles"))).contains(role);
        assertThat(claims.path("id_number").asString()).isEqualTo(idNumber);
        assertThat(optionalString(claims, "department")).isEqualTo(department);
        assertThat(optionalString(claims, "credit_code")).isEqualTo(creditCode);
        assertThat(claims.path("email").asString()).isEqualTo(username + "@demo.onewindow.example");
    }

    @Test
    void tokensCarryThePersonsRealNameLevelAndStaffTokensNone() {
        assertThat(payload(keycloak.demoUserToken("citizen1"))
                        .path("real_name_level")
                        .asString())
                .isEqualTo("window-confirmed");
        assertThat(payload(keycloak.demoUserToken("agent1"))
                        .path("real_name_level")
                        .asString())
                .isEqualTo("window-confirmed");
        JsonNode citizen3 = payload(keycloak.demoUserToken("citizen3"));
        assertThat(citizen3.path("real_name_level").asString()).isEqualTo("self-declared");
        assertThat(citizen3.path("id_number").asString()).isEqualTo(Callers.CITIZEN3_ID_NUMBER);
        assertThat(payload(keycloak.demoUserToken("officer1")).has("real_name_level"))
                .isFalse();
    }

    @Test
    void theIdentityConfirmersTokenIsNoPlatformTokenButReadsTheRealmsUsers() throws Exception {
        String token = keycloak.clientCredentialsToken(
                "onewindow-identity-confirmer", "onewindow-identity-confirmer-demo-secret");
        JsonNode claims = payload(token);
        assertThat(audiences(claims)).doesNotContain("onewindow-api");
        assertThat(claims.has("id_number")).isFalse();
        HttpResponse<String> users = http.send(
                HttpRequest.newBuilder(URI.create(keycloak.baseUrl()
                                + "/admin/realms/onewindow/users?q=id_number:440113199003071235&exact=true"))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(JsonMapper.shared()
                        .readTree(users.body())
                        .path(0)
                        .path("username")
                        .asString())
                .isEqualTo("citizen1");
        HttpResponse<String> clients = http.send(
                HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/admin/realms/onewindow/clients"))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(clients.statusCode()).as("no view-clients").isEqualTo(403);
    }

    @Test
    void accessTokensOfThePlatformsClientsAreAccessTokensForTheOnewindowApi() {
        JsonNode user = payload(keycloak.demoUserToken("citizen1"));
        assertThat(user.path("typ").asString()).isEqualTo("Bearer");
        assertThat(audiences(user)).contains("onewindow-api");

        for (String partner : List.of("partner-tax", "partner-housing", "e-license-service")) {
            JsonNode system = payload(keycloak.clientCredentialsToken(partner, partner + "-demo-secret"));
            assertThat(system.path("typ").asString()).as(partner).isEqualTo("Bearer");
            assertThat(system.path("azp").asString()).isEqualTo(partner);
            assertThat(audiences(system)).as(partner).contains("onewindow-api");
        }
    }

    @Test
    void idAndRefreshTokensAreNotAccessTokensAndNotForTheApi() {
        JsonNode id = payload(keycloak.demoUserIdToken("citizen1"));
        assertThat(id.path("typ").asString()).isEqualTo("ID");
        assertThat(audiences(id)).doesNotContain("onewindow-api");

        JsonNode refresh = payload(keycloak.demoUserRefreshToken("citizen1"));
        assertThat(refresh.path("typ").asString()).isEqualTo("Refresh");
        assertThat(audiences(refresh)).doesNotContain("onewindow-api");
    }

    @Test
    void theRealmRefusesPasswordLoginThroughAdminCli() {
        assertThatThrownBy(() -> keycloak.passwordGrant("admin-cli", "admin1", "demo", null))
                .isInstanceOfSatisfying(
                        TokenRequestRefused.class,
                        refused -> assertThat(refused.status()).isIn(400, 401))
                .hasMessageContaining("unauthorized_client");
        // the test helper opens it for a moment and closes it again
        JsonNode claims = payload(keycloak.adminCliToken("admin1", "demo"));
        assertThat(claims.path("azp").asString()).isEqualTo("admin-cli");
        assertThat(audiences(claims)).contains("onewindow-api");
        assertThatThrownBy(() -> keycloak.passwordGrant("admin-cli", "admin1", "demo", null))
                .isInstanceOf(TokenRequestRefused.class);
    }

    @Test
    void aClientWithoutTheAudienceScopeGetsTokensWithoutIt() {
        JsonNode claims = payload(keycloak.tokenWithoutAudience("citizen1", "demo"));
        assertThat(claims.path("typ").asString()).isEqualTo("Bearer");
        assertThat(claims.path("azp").asString()).isEqualTo(KeycloakTestServer.CLIENT_WITHOUT_AUDIENCE);
        assertThat(audiences(claims)).doesNotContain("onewindow-api");
    }

    @Test
    void refusesAWrongPassword() {
        assertThatThrownBy(() -> keycloak.passwordToken("citizen1", "not-the-password"))
                .isInstanceOfSatisfying(
                        TokenRequestRefused.class,
                        refused -> assertThat(refused.status()).isIn(400, 401))
                .hasMessageContaining("invalid_grant");
    }

    @Test
    void partnerTaxGetsPartnerRoleAndTaxDepartmentByClientCredentials() {
        JsonNode claims = payload(keycloak.clientCredentialsToken("partner-tax", "partner-tax-demo-secret"));

        assertThat(claims.path("iss").asString()).isEqualTo(keycloak.issuerUri());
        assertThat(claims.path("azp").asString()).isEqualTo("partner-tax");
        assertThat(claims.path("client_id").asString()).isEqualTo("partner-tax");
        assertThat(strings(claims.path("realm_access").path("roles"))).contains("partner-system");
        assertThat(claims.path("department").asString()).isEqualTo("tax");
        assertThat(claims.has("id_number")).isFalse();
    }

    @Test
    void partnerHousingGetsHousingDepartment() {
        JsonNode claims = payload(keycloak.clientCredentialsToken("partner-housing", "partner-housing-demo-secret"));

        assertThat(strings(claims.path("realm_access").path("roles"))).contains("partner-system");
        assertThat(claims.path("department").asString()).isEqualTo("housing");
    }

    @Test
    void refusesAPartnerWithAWrongSecret() {
        assertThatThrownBy(() -> keycloak.clientCredentialsToken("partner-tax", "guessed"))
                .isInstanceOfSatisfying(
                        TokenRequestRefused.class,
                        refused -> assertThat(refused.status()).isIn(400, 401));
    }

    @Test
    void portalIsAPublicClientThatRequiresPkce() throws Exception {
        JsonNode portal = admin("/clients?clientId=onewindow-portal").path(0);

        assertThat(portal.path("publicClient").asBoolean()).isTrue();
        assertThat(portal.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(portal.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(portal.path("attributes").path("pkce.code.challenge.method").asString())
                .isEqualTo("S256");

        // And the server enforces it: an authorization request without a code challenge is
        // sent back to the portal with an error instead of to the login page.
        HttpResponse<Void> withoutChallenge = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(keycloak.issuerUri()
                                        + "/protocol/openid-connect/auth?response_type=code&scope=openid"
                                        + "&client_id=onewindow-portal&redirect_uri="
                                        + URLEncoder.encode("http://localhost:3000/callback", StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(withoutChallenge.statusCode()).isEqualTo(302);
        assertThat(withoutChallenge.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location)
                        .startsWith("http://localhost:3000/callback")
                        .contains("error=invalid_request")
                        .contains("code_challenge"));
    }

    @Test
    void portalCannotUsePasswordGrant() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(keycloak.tokenEndpoint()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "grant_type=password&client_id=onewindow-portal&username=citizen1&password=demo"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isIn(400, 401);
    }

    @Test
    void userProfileDeclaresTheIdentityAttributes() throws Exception {
        JsonNode profile = admin("/users/profile");
        List<String> names = new ArrayList<>();
        profile.path("attributes").forEach(a -> names.add(a.path("name").asString()));

        assertThat(names).contains("id_number", "department", "credit_code");
    }

    @Test
    void sharedServerIsStartedOncePerJvm() {
        assertThat(KeycloakTestServer.shared()).isSameAs(keycloak);
        assertThat(keycloak.issuerUri()).isEqualTo(keycloak.baseUrl() + "/realms/onewindow");
        assertThat(keycloak.baseUrl()).startsWith("http://127.0.0.1:");
    }

    private static JsonNode admin(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/admin/realms/onewindow" + path))
                        .header("Authorization", "Bearer " + keycloak.adminToken())
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("admin GET %s: %s", path, response.body())
                .isEqualTo(200);
        return JsonMapper.shared().readTree(response.body());
    }

    private static JsonNode payload(String jwt) {
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        return JsonMapper.shared().readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    private static List<String> audiences(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        return aud.isArray() ? strings(aud) : aud.isMissingNode() ? List.of() : List.of(aud.asString());
    }

    private static String optionalString(JsonNode claims, String name) {
        return claims.has(name) ? claims.path(name).asString() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }
}
