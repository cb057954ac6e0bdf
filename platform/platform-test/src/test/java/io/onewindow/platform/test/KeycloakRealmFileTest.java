package io.onewindow.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code deploy/keycloak/onewindow-realm.json} without Keycloak, so a bad edit of the
 * realm (an ID number with a wrong check character, a user Keycloak would refuse to log in, a
 * scope that is referenced but not declared and so silently ignored on import) fails fast.
 */
class KeycloakRealmFileTest {

    private static final Set<String> REALM_ROLES = Set.of(
            "citizen",
            "enterprise",
            "agent",
            "window-officer",
            "approver",
            "dept-admin",
            "catalog-admin",
            "inspector",
            "volunteer-supervisor",
            "evaluator",
            "platform-admin",
            "partner-system");

    private static final Map<String, String> DEMO_USER_ROLES = Map.ofEntries(
            Map.entry("citizen1", "citizen"),
            Map.entry("evaluator1", "evaluator"),
            Map.entry("citizen2", "citizen"),
            Map.entry("citizen3", "citizen"),
            Map.entry("enterprise1", "enterprise"),
            Map.entry("agent1", "agent"),
            Map.entry("officer1", "window-officer"),
            Map.entry("officer2", "window-officer"),
            Map.entry("officer3", "window-officer"),
            Map.entry("officer4", "window-officer"),
            Map.entry("officer5", "window-officer"),
            Map.entry("approver1", "approver"),
            Map.entry("approver2", "approver"),
            Map.entry("approver3", "approver"),
            Map.entry("deptadmin1", "dept-admin"),
            Map.entry("deptadmin2", "dept-admin"),
            Map.entry("officer6", "window-officer"),
            Map.entry("officer7", "window-officer"),
            Map.entry("officer8", "window-officer"),
            Map.entry("officer9", "window-officer"),
            Map.entry("officer10", "window-officer"),
            Map.entry("officer11", "window-officer"),
            Map.entry("officer12", "window-officer"),
            Map.entry("officer13", "window-officer"),
            Map.entry("officer14", "window-officer"),
            Map.entry("approver4", "approver"),
            Map.entry("approver5", "approver"),
            Map.entry("approver6", "approver"),
            Map.entry("approver7", "approver"),
            Map.entry("approver8", "approver"),
            Map.entry("approver9", "approver"),
            Map.entry("approver10", "approver"),
            Map.entry("approver11", "approver"),
            Map.entry("approver12", "approver"),
            Map.entry("approver13", "approver"),
            Map.entry("approver14", "approver"),
            Map.entry("catalogadmin1", "catalog-admin"),
            Map.entry("inspector1", "inspector"),
            Map.entry("volunteer1", "volunteer-supervisor"),
            Map.entry("admin1", "platform-admin"),
            Map.entry("admin2", "platform-admin"));

    private static final Set<String> STAFF = Set.of(
            "officer1",
            "officer2",
            "officer3",
            "officer4",
            "officer5",
            "approver1",
            "approver2",
            "approver3",
            "deptadmin1",
            "deptadmin2",
            "officer6",
            "officer7",
            "officer8",
            "officer9",
            "officer10",
            "officer11",
            "officer12",
            "officer13",
            "officer14",
            "approver4",
            "approver5",
            "approver6",
            "approver7",
            "approver8",
            "approver9",
            "approver10",
            "approver11",
            "approver12",
            "approver13",
            "approver14",
            "catalogadmin1",
            "inspector1",
            "admin1",
            "admin2");

    /** The clients whose tokens the platform accepts (the default of onewindow.security.clients). */
    private static final List<String> PLATFORM_CLIENTS = List.of(
            "onewindow-portal",
            "onewindow-wechat",
            "onewindow-console",
            "onewindow-cli",
            "partner-tax",
            "partner-housing",
            "partner-discipline",
            "e-license-service");

    private static JsonNode realm;

    @BeforeAll
    static void readRealm() throws IOException {
        realm = JsonMapper.shared().readTree(Files.readString(KeycloakTestServer.realmFile()));
    }

    @Test
    void declaresTheOnewindowRealmWithEveryRole() {
        assertThat(realm.path("realm").asString()).isEqualTo("onewindow");
        assertThat(realm.path("enabled").asBoolean()).isTrue();
        assertThat(names(realm.path("roles").path("realm"), "name")).containsAll(REALM_ROLES);
    }

    /**
     * Keycloak's default role of the realm (offline_access, uma_authorization and the account
     * client's view-profile and manage-account), which every self-registered account gets and
     * which users imported from a file get only when listed: the public's demo users hold it (the
     * WeChat mini-app keeps an offline token for them, and they manage their account), staff do not.
     */
    private static final String DEFAULT_ROLES = "default-roles-onewindow";

    private static final Set<String> PUBLIC_ROLES = Set.of("citizen", "enterprise", "agent");

    @Test
    void hasEveryDemoUserWithOneKnownRole() {
        Map<String, JsonNode> users = demoUsers();
        assertThat(users.keySet()).containsExactlyInAnyOrderElementsOf(DEMO_USER_ROLES.keySet());
        users.forEach((username, user) -> {
            String role = DEMO_USER_ROLES.get(username);
            List<String> roles = strings(user.path("realmRoles"));
            if (PUBLIC_ROLES.contains(role)) {
                assertThat(roles).as("roles of %s", username).containsExactly(role, DEFAULT_ROLES);
            } else {
                assertThat(roles).as("roles of %s", username).containsExactly(role);
            }
        });
    }

    @Test
    void everyDemoUserCanLogInWithoutAnyFurtherAction() {
        demoUsers().forEach((username, user) -> {
            assertThat(user.path("enabled").asBoolean())
                    .as("%s enabled", username)
                    .isTrue();
            assertThat(user.path("email").asString("")).as("%s email", username).contains("@");
            assertThat(user.path("emailVerified").asBoolean())
                    .as("%s emailVerified", username)
                    .isTrue();
            assertThat(user.path("firstName").asString(""))
                    .as("%s firstName", username)
                    .isNotBlank();
            assertThat(user.path("lastName").asString(""))
                    .as("%s lastName", username)
                    .isNotBlank();
            assertThat(user.path("requiredActions").isEmpty())
                    .as("%s requiredActions", username)
                    .isTrue();
            JsonNode password = user.path("credentials").path(0);
            assertThat(password.path("type").asString()).isEqualTo("password");
            assertThat(password.path("value").asString())
                    .as("%s password", username)
                    .isEqualTo("demo");
            assertThat(password.path("temporary").asBoolean(true))
                    .as("%s temporary", username)
                    .isFalse();
        });
    }

    @Test
    void everyDemoUserHasADistinctValidResidentIdNumber() {
        Set<String> seen = new HashSet<>();
        demoUsers().forEach((username, user) -> {
            String idNumber = attribute(user, "id_number");
            assertThat(isValidResidentIdNumber(idNumber))
                    .as("id_number %s of %s", idNumber, username)
                    .isTrue();
            assertThat(seen.add(idNumber))
                    .as("id_number of %s is unique", username)
                    .isTrue();
        });
    }

    @Test
    void staffHaveDepartmentsAndOnlyEnterpriseUsersHaveACreditCode() {
        demoUsers().forEach((username, user) -> {
            if (STAFF.contains(username)) {
                assertThat(attribute(user, "department"))
                        .as("department of %s", username)
                        .isNotBlank();
            }
            String creditCode = attribute(user, "credit_code");
            if (username.equals("enterprise1")) {
                assertThat(isValidCreditCode(creditCode))
                        .as("credit_code %s", creditCode)
                        .isTrue();
            } else {
                assertThat(creditCode).as("credit_code of %s", username).isNull();
            }
        });
        assertThat(attribute(demoUsers().get("officer1"), "department")).isEqualTo("market-regulation");
        assertThat(attribute(demoUsers().get("inspector1"), "department")).isEqualTo("discipline-inspection");
    }

    @Test
    void partnerServiceAccountsCarryPartnerRoleAndDepartment() {
        Map<String, String> expected = Map.of("partner-tax", "tax", "partner-housing", "housing");
        expected.forEach((clientId, department) -> {
            JsonNode account = users().stream()
                    .filter(u ->
                            clientId.equals(u.path("serviceAccountClientId").asString("")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no service account user for " + clientId));
            assertThat(strings(account.path("realmRoles"))).containsExactly("partner-system");
            assertThat(attribute(account, "department")).isEqualTo(department);
        });
    }

    @Test
    void theDisciplineCommissionsServiceAccountCarriesOnlyTheDisciplineRole() {
        JsonNode account = users().stream()
                .filter(u -> "partner-discipline"
                        .equals(u.path("serviceAccountClientId").asString("")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no service account user for partner-discipline"));
        assertThat(strings(account.path("realmRoles"))).containsExactly("discipline");
        assertThat(attribute(account, "department")).isNull();
    }

    @Test
    void userProfileDeclaresTheIdentityAttributes() {
        JsonNode provider = realm.path("components")
                .path("org.keycloak.userprofile.UserProfileProvider")
                .path(0);
        String config =
                provider.path("config").path("kc.user.profile.config").path(0).asString("");
        JsonNode profile = JsonMapper.shared().readTree(config);
        assertThat(names(profile.path("attributes"), "name"))
                .contains("username", "email", "firstName", "lastName", "id_number", "department", "credit_code");
    }

    @Test
    void selfRegistrationIsOnWithTheExtensionsValidatorsAndListener() {
        assertThat(realm.path("registrationAllowed").asBoolean()).isTrue();
        assertThat(strings(realm.path("eventsListeners"))).contains("onewindow-registration");

        Map<String, JsonNode> attributes = new HashMap<>();
        userProfile()
                .path("attributes")
                .forEach(a -> attributes.put(a.path("name").asString(), a));
        assertThat(attributes)
                .containsKeys(
                        "account_type",
                        "id_number",
                        "mobile",
                        "credit_code",
                        "legal_representative",
                        "real_name_level");
        assertThat(validators(attributes.get("account_type")))
                .contains("options", "onewindow-required-at-registration", "onewindow-fixed-after-registration");
        assertThat(strings(attributes
                        .get("account_type")
                        .path("validations")
                        .path("options")
                        .path("options")))
                .containsExactlyInAnyOrder("citizen", "enterprise", "agent")
                .allSatisfy(type -> assertThat(REALM_ROLES).contains(type));
        assertThat(validators(attributes.get("id_number")))
                .contains(
                        "onewindow-resident-id",
                        "onewindow-unique-attribute",
                        "onewindow-required-at-registration",
                        "onewindow-fixed-after-registration");
        assertThat(validators(attributes.get("mobile")))
                .contains("onewindow-mobile", "onewindow-required-at-registration");
        assertThat(validators(attributes.get("credit_code")))
                .contains("onewindow-credit-code", "onewindow-unique-attribute", "onewindow-fixed-after-registration");
        for (String companyField : List.of("credit_code", "legal_representative")) {
            JsonNode required =
                    attributes.get(companyField).path("validations").path("onewindow-required-at-registration");
            assertThat(required.path("when-attribute").asString())
                    .as(companyField)
                    .isEqualTo("account_type");
            assertThat(strings(required.path("when-values"))).as(companyField).containsExactly("enterprise");
        }
        // The user sees her level but can never set it; the fields fixed after registration are on the form.
        JsonNode level = attributes.get("real_name_level").path("permissions");
        assertThat(strings(level.path("view"))).contains("admin", "user");
        assertThat(strings(level.path("edit"))).containsExactly("admin");
        for (String onForm : List.of("account_type", "id_number", "mobile", "credit_code", "legal_representative")) {
            assertThat(strings(attributes.get(onForm).path("permissions").path("edit")))
                    .as(onForm)
                    .contains("user");
        }
        // Required only at registration: the profile's own "required" would stop the existing accounts' logins.
        assertThat(attributes.get("mobile").has("required")).isFalse();
        assertThat(attributes.get("account_type").has("required")).isFalse();
    }

    private JsonNode userProfile() {
        String config = realm.path("components")
                .path("org.keycloak.userprofile.UserProfileProvider")
                .path(0)
                .path("config")
                .path("kc.user.profile.config")
                .path(0)
                .asString("");
        return JsonMapper.shared().readTree(config);
    }

    private static Set<String> validators(JsonNode attribute) {
        Set<String> names = new HashSet<>();
        attribute.path("validations").propertyNames().forEach(names::add);
        return names;
    }

    @Test
    void clientsHaveTheirGrantsAndTheIdentityScope() {
        Map<String, JsonNode> clients = new HashMap<>();
        realm.path("clients").forEach(c -> clients.put(c.path("clientId").asString(), c));
        assertThat(clients)
                .containsKeys(
                        "onewindow-portal",
                        "onewindow-wechat",
                        "onewindow-console",
                        "onewindow-cli",
                        "partner-tax",
                        "partner-housing",
                        "partner-discipline",
                        "e-license-service");

        JsonNode portal = clients.get("onewindow-portal");
        assertThat(portal.path("publicClient").asBoolean()).isTrue();
        assertThat(portal.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(portal.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(portal.path("attributes").path("pkce.code.challenge.method").asString())
                .isEqualTo("S256");

        // the WeChat mini-app's backend: confidential, code + PKCE only, offline tokens on request
        JsonNode wechat = clients.get("onewindow-wechat");
        assertThat(wechat.path("publicClient").asBoolean()).isFalse();
        assertThat(wechat.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(wechat.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(wechat.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(wechat.path("serviceAccountsEnabled").asBoolean()).isFalse();
        assertThat(wechat.path("attributes").path("pkce.code.challenge.method").asString())
                .isEqualTo("S256");
        assertThat(strings(wechat.path("optionalClientScopes"))).containsExactly("offline_access");
        assertThat(strings(wechat.path("defaultClientScopes"))).doesNotContain("offline_access");
        assertThat(wechat.path("secret").asString()).contains("demo");
        // its tokens carry the public's roles only: not the account client's (no Account API for the backend)
        assertThat(wechat.path("fullScopeAllowed").asBoolean()).isFalse();
        List<String> wechatRoles = new ArrayList<>();
        realm.path("scopeMappings").forEach(mapping -> {
            if (mapping.path("client").asString().equals("onewindow-wechat")) {
                wechatRoles.addAll(strings(mapping.path("roles")));
            }
        });
        assertThat(wechatRoles).containsExactlyInAnyOrderElementsOf(PUBLIC_ROLES);
        realm.path("clients").forEach(client -> {
            if (!client.path("clientId").asString().equals("onewindow-wechat")) {
                assertThat(strings(client.path("defaultClientScopes")))
                        .as("only the WeChat backend keeps offline tokens: %s", client.path("clientId"))
                        .doesNotContain("offline_access");
                assertThat(strings(client.path("optionalClientScopes")))
                        .as("only the WeChat backend keeps offline tokens: %s", client.path("clientId"))
                        .doesNotContain("offline_access");
            }
        });

        // the staff console: confidential, code + PKCE only, the realm roles in its ID token
        JsonNode console = clients.get("onewindow-console");
        assertThat(console.path("publicClient").asBoolean()).isFalse();
        assertThat(console.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(console.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(console.path("serviceAccountsEnabled").asBoolean()).isFalse();
        assertThat(console.path("attributes").path("pkce.code.challenge.method").asString())
                .isEqualTo("S256");
        assertThat(console.path("secret").asString()).contains("demo");
        assertThat(console.path("protocolMappers").findValuesAsString("claim.name"))
                .contains("realm_access.roles");

        assertThat(clients.get("onewindow-cli").path("publicClient").asBoolean())
                .isTrue();
        assertThat(clients.get("onewindow-cli")
                        .path("directAccessGrantsEnabled")
                        .asBoolean())
                .isTrue();

        for (String partner : List.of("partner-tax", "partner-housing", "partner-discipline")) {
            JsonNode client = clients.get(partner);
            assertThat(client.path("publicClient").asBoolean()).isFalse();
            assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
            assertThat(client.path("standardFlowEnabled").asBoolean()).isFalse();
            assertThat(client.path("secret").asString()).isEqualTo(partner + "-demo-secret");
        }
        PLATFORM_CLIENTS.forEach(
                clientId -> assertThat(strings(clients.get(clientId).path("defaultClientScopes")))
                        .as("default scopes of %s", clientId)
                        .contains("onewindow-identity", "onewindow-api", "roles", "profile", "basic"));
        assertThat(clients.keySet())
                .as("every client is a platform client, the identity confirmer or Keycloak's admin-cli")
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(
                                PLATFORM_CLIENTS.stream(),
                                java.util.stream.Stream.of("admin-cli", "onewindow-identity-confirmer"))
                        .toList());
    }

    /**
     * appointment-service's client for the window confirmation: client credentials only, a service
     * account that may read and update users and nothing else, and no token the platform accepts.
     */
    @Test
    void theIdentityConfirmerMayOnlyViewAndManageUsersAndGetsNoPlatformToken() {
        JsonNode confirmer = null;
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asString().equals("onewindow-identity-confirmer")) {
                confirmer = client;
            }
        }
        assertThat(confirmer).as("onewindow-identity-confirmer declared").isNotNull();
        assertThat(confirmer.path("publicClient").asBoolean()).isFalse();
        assertThat(confirmer.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(confirmer.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(confirmer.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(confirmer.path("secret").asString()).isEqualTo("onewindow-identity-confirmer-demo-secret");
        assertThat(strings(confirmer.path("defaultClientScopes")))
                .doesNotContain("onewindow-api", "onewindow-identity");
        JsonNode account = users().stream()
                .filter(u -> "onewindow-identity-confirmer"
                        .equals(u.path("serviceAccountClientId").asString("")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no service account user for the identity confirmer"));
        assertThat(strings(account.path("realmRoles"))).isEmpty();
        assertThat(strings(account.path("clientRoles").path("realm-management")))
                .containsExactlyInAnyOrder("view-users", "manage-users");
        assertThat(account.path("clientRoles").size()).isEqualTo(1);
    }

    @Test
    void everyTokenOfTheIdentityScopeCarriesTheRealNameLevel() {
        JsonNode identity = null;
        for (JsonNode scope : realm.path("clientScopes")) {
            if (scope.path("name").asString().equals("onewindow-identity")) {
                identity = scope;
            }
        }
        assertThat(identity).isNotNull();
        JsonNode mapper = null;
        for (JsonNode candidate : identity.path("protocolMappers")) {
            if (candidate.path("name").asString().equals("real_name_level")) {
                mapper = candidate;
            }
        }
        assertThat(mapper).as("real_name_level mapper").isNotNull();
        assertThat(mapper.path("protocolMapper").asString()).isEqualTo("oidc-usermodel-attribute-mapper");
        JsonNode config = mapper.path("config");
        assertThat(config.path("user.attribute").asString()).isEqualTo("real_name_level");
        assertThat(config.path("claim.name").asString()).isEqualTo("real_name_level");
        for (String token :
                List.of("access.token.claim", "id.token.claim", "userinfo.token.claim", "introspection.token.claim")) {
            assertThat(config.path(token).asString()).as(token).isEqualTo("true");
        }
    }

    /**
     * The people who book, file and read wallets in the tests are confirmed at a window; citizen3
     * alone is self-declared (may book, may neither file nor read a wallet); staff have no level.
     */
    @Test
    void demoPeopleAreConfirmedAtAWindowExceptCitizen3AndStaffHaveNoLevel() {
        Map<String, JsonNode> users = demoUsers();
        for (String person : List.of("citizen1", "citizen2", "enterprise1", "agent1")) {
            assertThat(attribute(users.get(person), "real_name_level"))
                    .as("level of %s", person)
                    .isEqualTo("window-confirmed");
        }
        assertThat(attribute(users.get("citizen3"), "real_name_level")).isEqualTo("self-declared");
        STAFF.forEach(staff -> assertThat(attribute(users.get(staff), "real_name_level"))
                .as("level of %s", staff)
                .isNull());
    }

    /**
     * Keycloak's built-in admin-cli is declared so that its password login is off in this realm,
     * and it carries neither the platform's audience nor the identity claims.
     */
    @Test
    void adminCliHasNoPasswordLoginAndNoPlatformScopes() {
        JsonNode adminCli = null;
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asString().equals("admin-cli")) {
                adminCli = client;
            }
        }
        assertThat(adminCli).as("admin-cli declared").isNotNull();
        assertThat(adminCli.path("directAccessGrantsEnabled").isBoolean()).isTrue();
        assertThat(adminCli.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(adminCli.path("publicClient").asBoolean()).isTrue();
        assertThat(adminCli.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(adminCli.path("serviceAccountsEnabled").asBoolean()).isFalse();
        assertThat(strings(adminCli.path("defaultClientScopes"))).doesNotContain("onewindow-api", "onewindow-identity");
    }

    /** Keycloak stores a client's name and description in 255 characters and fails the import beyond. */
    @Test
    void clientNamesAndDescriptionsFitKeycloaksColumns() {
        realm.path("clients").forEach(client -> {
            assertThat(client.path("description").asString(""))
                    .as("description of %s", client.path("clientId").asString())
                    .hasSizeLessThanOrEqualTo(255);
            assertThat(client.path("name").asString(""))
                    .as("name of %s", client.path("clientId").asString())
                    .hasSizeLessThanOrEqualTo(255);
        });
    }

    /**
     * A realm that declares client scopes gets none of Keycloak's built-in ones, and a client
     * naming an undeclared scope only earns a warning in the server log. The one exception is
     * {@code offline_access}: Keycloak creates that scope (with the realm role of the same name)
     * in every realm it imports, declared or not.
     */
    @Test
    void everyReferencedClientScopeIsDeclared() {
        Set<String> declared = new HashSet<>(names(realm.path("clientScopes"), "name"));
        declared.add("offline_access");
        List<String> referenced = new ArrayList<>(strings(realm.path("defaultDefaultClientScopes")));
        referenced.addAll(strings(realm.path("defaultOptionalClientScopes")));
        realm.path("clients").forEach(client -> {
            referenced.addAll(strings(client.path("defaultClientScopes")));
            referenced.addAll(strings(client.path("optionalClientScopes")));
        });
        assertThat(declared).containsAll(referenced);
    }

    @Test
    void checkCharacterRulesAgreeWithTheReferenceVectors() {
        assertThat(isValidResidentIdNumber("440113199003071235")).isTrue();
        assertThat(isValidResidentIdNumber("44011319950515118X")).isTrue();
        assertThat(isValidResidentIdNumber("440113199003071230")).isFalse();
        assertThat(isValidResidentIdNumber("440113190002290021")).isFalse();
        assertThat(isValidCreditCode("91440113MA5D000166")).isTrue();
        assertThat(isValidCreditCode("11100000000013338W")).isTrue();
        assertThat(isValidCreditCode("91440113MA5D000167")).isFalse();
        assertThat(isValidCreditCode("91440113MA5D0001I6")).isFalse();
    }

    /** GB 11643: a real birth date and the ISO 7064 MOD 11-2 check character. */
    static boolean isValidResidentIdNumber(String number) {
        if (number == null || !number.matches("\\d{17}[\\dX]")) {
            return false;
        }
        try {
            LocalDate.of(
                    Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException e) {
            return false;
        }
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11) == number.charAt(17);
    }

    /** GB 32100: 31 symbols without I, O, S, V, Z and a MOD 31 check character. */
    static boolean isValidCreditCode(String code) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        if (code == null || code.length() != 18) {
            return false;
        }
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = alphabet.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * weights[i];
        }
        return alphabet.charAt((31 - sum % 31) % 31) == code.charAt(17);
    }

    private static List<JsonNode> users() {
        List<JsonNode> users = new ArrayList<>();
        realm.path("users").forEach(users::add);
        return users;
    }

    private static Map<String, JsonNode> demoUsers() {
        return users().stream()
                .filter(u -> u.path("serviceAccountClientId").isMissingNode())
                .collect(Collectors.toMap(u -> u.path("username").asString(), u -> u));
    }

    private static String attribute(JsonNode user, String name) {
        JsonNode values = user.path("attributes").path(name);
        return values.isArray() && values.size() == 1 ? values.path(0).asString() : null;
    }

    private static Set<String> names(JsonNode array, String field) {
        Set<String> names = new HashSet<>();
        array.forEach(node -> names.add(node.path(field).asString()));
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }
}
