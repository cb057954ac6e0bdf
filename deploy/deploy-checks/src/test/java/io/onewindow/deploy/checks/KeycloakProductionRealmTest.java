package io.onewindow.deploy.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The production overlay creates realm onewindow from the repository's realm file and hardens it
 * with a Job (keycloak-hardening/harden-realm.sh, Keycloak's kcadm): these checks apply the
 * hardening files to the realm file the way kcadm's partial updates do, and look at the result.
 */
class KeycloakProductionRealmTest {

    /** The demo users the weak fixture's demo-users.txt leaves out, as the check lists them (sorted). */
    private static final String MISSING_FROM_THE_WEAK_FIXTURE =
            "[approver1, approver10, approver11, approver12, approver13, approver14, approver2, approver3, approver4, approver5, approver6, approver7, approver8, approver9, catalogadmin1, citizen2, citizen3, deptadmin1, deptadmin2, enterprise1, evaluator1, inspector1, officer1, officer10, officer11, officer12, officer13, officer14, officer2, officer3, officer4, officer5, officer6, officer7, officer8, officer9, volunteer1]";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path HARDENING = Deploy.K8S_PRODUCTION.resolve("keycloak-hardening");

    @Test
    void theHardenedRealmRefusesPasswordGrantsRequiresTlsAndLocksOutGuessers() {
        Map<String, Object> realm = hardenedRealm(HARDENING);

        assertThat(realm.get("sslRequired")).isEqualTo("external");
        assertThat(realm.get("bruteForceProtected")).isEqualTo(true);
        Map<String, Object> cli = client(realm, "onewindow-cli");
        assertThat(cli.get("directAccessGrantsEnabled")).isEqualTo(false);
        for (Map<String, Object> client : clients(realm)) {
            assertThat(client.get("directAccessGrantsEnabled"))
                    .as("direct access grants of " + client.get("clientId"))
                    .isNotEqualTo(true);
            for (Object uri : Yaml.list(client.get("redirectUris"))) {
                assertThat(String.valueOf(uri))
                        .as("redirect URI of " + client.get("clientId"))
                        .startsWith("https://");
            }
        }
        assertThat(hardeningProblems(HARDENING)).isEmpty();
    }

    @Test
    void refusesAHardeningThatLeavesPasswordGrantsOnOrMisspellsAField() {
        assertThat(hardeningProblems(Deploy.fixture("keycloak/weak-hardening")))
                .containsExactlyInAnyOrder(
                        "client onewindow-cli keeps direct access grants",
                        "client-onewindow-portal.json: directAccessGrantEnabled is not a field of client onewindow-portal",
                        "realm-settings.json: sslRequired is none, not external",
                        "realm-settings.json: brute-force protection is off",
                        "demo-users.txt misses demo users " + MISSING_FROM_THE_WEAK_FIXTURE,
                        "client onewindow-wechat keeps its demo secret: Secret keycloak-client-secrets is not mounted",
                        "client onewindow-wechat: the Job does not read its addresses from ConfigMap keycloak-client-settings");
    }

    @Test
    void theWeChatBackendsAddressesAreDeploymentSettingsOverHttps() {
        Map<String, String> settings = wechatSettings(HARDENING);
        assertThat(settings)
                .containsOnlyKeys("WECHAT_REDIRECT_URIS", "WECHAT_WEB_ORIGINS", "WECHAT_POST_LOGOUT_REDIRECT_URIS");
        Map<String, Object> wechat = client(hardenedRealm(HARDENING), "onewindow-wechat");
        assertThat(Yaml.list(wechat.get("redirectUris")))
                .containsExactly("https://wechat.onewindow.example/oauth/bound");
        assertThat(Yaml.list(wechat.get("webOrigins"))).containsExactly("https://wechat.onewindow.example");
        assertThat(Yaml.map(wechat.get("attributes")))
                .containsEntry("pkce.code.challenge.method", "S256")
                .containsEntry("post.logout.redirect.uris", "https://wechat.onewindow.example/oauth/unbound");
        assertThat(wechat.get("directAccessGrantsEnabled")).isEqualTo(false);
        // the client file no longer carries the addresses: one place to set them
        assertThat(json(HARDENING.resolve("client-onewindow-wechat.json")))
                .doesNotContainKeys("redirectUris", "webOrigins");

        String script = Repository.read(HARDENING.resolve("harden-realm.sh"));
        assertThat(script)
                .contains("WECHAT_REDIRECT_URIS", "WECHAT_WEB_ORIGINS", "WECHAT_POST_LOGOUT_REDIRECT_URIS")
                .contains("https://*)");
        Map<String, Object> production = Kustomize.find(Deploy.production(), "ConfigMap", "keycloak-client-settings");
        assertThat(production)
                .as("the ConfigMap is part of the production overlay")
                .isNotNull();
    }

    @Test
    void refusesWeChatAddressesThatAreLocalOrPlainHttp() {
        Map<String, Object> wechat = client(realmFile(), "onewindow-wechat");
        applyWeChatSettings(
                wechat,
                Map.of(
                        "WECHAT_REDIRECT_URIS", "http://127.0.0.1:*, https://wechat.example/bound",
                        "WECHAT_WEB_ORIGINS", "+",
                        "WECHAT_POST_LOGOUT_REDIRECT_URIS", "https://wechat.example/*"));
        assertThat(wechatAddressProblems(wechat))
                .containsExactly(
                        "client onewindow-wechat: redirect URI http://127.0.0.1:* is not https",
                        "client onewindow-wechat: web origin + is not https");
        assertThat(wechatAddressProblems(client(hardenedRealm(HARDENING), "onewindow-wechat")))
                .isEmpty();
    }

    @Test
    void theProductionOverlayRunsTheHardeningJobWithTheRealmAndEveryHardeningFile() {
        List<Map<String, Object>> production = Deploy.production();
        Map<String, Object> job = Kustomize.find(production, "Job", "keycloak-realm-hardening");
        assertThat(job).isNotNull();
        Map<String, Object> hardening = Kustomize.find(production, "ConfigMap", "keycloak-realm-hardening");
        Map<String, Object> realm = Kustomize.find(production, "ConfigMap", "onewindow-realm");
        assertThat(Yaml.map(realm.get("data")).get("onewindow-realm.json"))
                .isEqualTo(Repository.read(Repository.path("deploy/keycloak/onewindow-realm.json")));

        Set<String> files = new TreeSet<>(List.of(HARDENING.toFile().list()));
        files.remove("job.yaml");
        assertThat(Yaml.map(hardening.get("data")).keySet()).containsExactlyInAnyOrderElementsOf(files);

        String script = String.valueOf(Yaml.map(hardening.get("data")).get("harden-realm.sh"));
        assertThat(script)
                .contains("create realms -f /realm/onewindow-realm.json -s enabled=false")
                .contains("/hardening/realm-settings.json")
                .contains("/hardening/client-*.json")
                .contains("/client-secrets/*")
                .contains("/hardening/demo-users.txt");
        List<String> mounts = Yaml.maps(Yaml.at(job, "spec.template.spec.volumes")).stream()
                .map(v -> v.containsKey("configMap")
                        ? "configMap:" + Yaml.at(v, "configMap.name")
                        : "secret:" + Yaml.at(v, "secret.secretName"))
                .toList();
        assertThat(mounts)
                .contains(
                        "configMap:onewindow-realm",
                        "configMap:keycloak-realm-hardening",
                        "secret:keycloak-client-secrets");
    }

    /** The staff roles: whoever holds one acts for the administration and logs in with a second factor. */
    static final List<String> STAFF_ROLES =
            List.of("window-officer", "approver", "dept-admin", "catalog-admin", "inspector", "platform-admin");

    @Test
    void staffLogInWithAOneTimePasswordAndAdminCliTakesNoPasswords() {
        assertThat(secondFactorProblems(HARDENING)).isEmpty();
        assertThat(client(hardenedRealm(HARDENING), "admin-cli").get("directAccessGrantsEnabled"))
                .isEqualTo(false);
    }

    @Test
    void refusesAHardeningWithoutSecondFactorForStaffOrWithAdminCliPasswordGrants() {
        assertThat(secondFactorProblems(Deploy.fixture("keycloak/no-second-factor")))
                .containsExactlyInAnyOrder(
                        "staff-otp-roles.txt misses staff roles [catalog-admin, dept-admin, inspector, platform-admin]",
                        "staff-otp-roles.txt: auditor is not a role of the realm",
                        "client admin-cli keeps direct access grants",
                        "harden-realm.sh does not require conditional-user-role",
                        "harden-realm.sh does not require auth-otp-form",
                        "harden-realm.sh does not require config.condUserRole=$role",
                        "harden-realm.sh does not require required-actions/CONFIGURE_TOTP",
                        "harden-realm.sh does not require browserFlow=");
    }

    /**
     * Whether the hardening makes every staff role log in with a one-time password: each is listed
     * in staff-otp-roles.txt (and is a role of the realm), and harden-realm.sh builds from that
     * list a browser flow with "Condition - user role" + "OTP Form" per role, enables
     * CONFIGURE_TOTP and binds the flow; and whether admin-cli of the realm (which Keycloak adds to
     * every realm, with direct access grants on) refuses password grants, which skip the flow.
     */
    static List<String> secondFactorProblems(Path directory) {
        List<String> problems = new ArrayList<>();
        Path rolesFile = directory.resolve("staff-otp-roles.txt");
        Set<String> listed = rolesFile.toFile().isFile() ? listed(rolesFile) : Set.of();
        Set<String> missing = new TreeSet<>(STAFF_ROLES);
        missing.removeAll(listed);
        if (!missing.isEmpty()) {
            problems.add("staff-otp-roles.txt misses staff roles " + missing);
        }
        Set<String> realmRoles = new TreeSet<>();
        Yaml.maps(Yaml.at(realmFile(), "roles.realm")).forEach(r -> realmRoles.add(String.valueOf(r.get("name"))));
        for (String role : listed) {
            if (!realmRoles.contains(role)) {
                problems.add("staff-otp-roles.txt: " + role + " is not a role of the realm");
            }
        }
        Map<String, Object> adminCli = client(hardenedRealm(directory), "admin-cli");
        if (adminCli == null || !Boolean.FALSE.equals(adminCli.get("directAccessGrantsEnabled"))) {
            problems.add("client admin-cli keeps direct access grants");
        }
        String script = Repository.read(directory.resolve("harden-realm.sh"));
        for (String step : List.of(
                "conditional-user-role",
                "auth-otp-form",
                "config.condUserRole=$role",
                "required-actions/CONFIGURE_TOTP",
                "browserFlow=")) {
            if (!script.contains(step)) {
                problems.add("harden-realm.sh does not require " + step);
            }
        }
        if (!script.contains("/hardening/staff-otp-roles.txt")) {
            problems.add("harden-realm.sh does not read staff-otp-roles.txt");
        }
        return problems;
    }

    /** Whether a directory of hardening files (like keycloak-hardening/) does its job on the repository's realm. */
    static List<String> hardeningProblems(Path directory) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> original = realmFile();
        Map<String, Object> settings = json(directory.resolve("realm-settings.json"));
        for (String key : settings.keySet()) {
            if (!original.containsKey(key) && !REALM_FIELDS.contains(key)) {
                problems.add("realm-settings.json: " + key + " is not a field of the realm");
            }
        }
        if (!"external".equals(settings.get("sslRequired")) && !"all".equals(settings.get("sslRequired"))) {
            problems.add("realm-settings.json: sslRequired is " + settings.get("sslRequired") + ", not external");
        }
        if (!Boolean.TRUE.equals(settings.get("bruteForceProtected"))) {
            problems.add("realm-settings.json: brute-force protection is off");
        }
        for (String file : directory.toFile().list()) {
            if (!file.startsWith("client-") || !file.endsWith(".json")) {
                continue;
            }
            String clientId = file.substring("client-".length(), file.length() - ".json".length());
            Map<String, Object> client = client(original, clientId);
            if (client == null) {
                problems.add(file + ": no client " + clientId + " in the realm");
                continue;
            }
            for (String key : json(directory.resolve(file)).keySet()) {
                if (!client.containsKey(key)) {
                    problems.add(file + ": " + key + " is not a field of client " + clientId);
                }
            }
        }
        Map<String, Object> hardened = hardenedRealm(directory);
        Map<String, Object> cli = client(hardened, "onewindow-cli");
        if (cli != null
                && Boolean.TRUE.equals(cli.get("directAccessGrantsEnabled"))
                && !Boolean.FALSE.equals(cli.get("enabled"))) {
            problems.add("client onewindow-cli keeps direct access grants");
        }
        Set<String> demoUsers = new TreeSet<>();
        for (Map<String, Object> user : Yaml.maps(original.get("users"))) {
            if (!Yaml.list(user.get("credentials")).isEmpty()) {
                demoUsers.add(String.valueOf(user.get("username")));
            }
        }
        demoUsers.removeAll(listed(directory.resolve("demo-users.txt")));
        if (!demoUsers.isEmpty()) {
            problems.add("demo-users.txt misses demo users " + demoUsers);
        }
        Path job = directory.resolve("job.yaml");
        boolean secretsMounted = Yaml.documents(job).stream()
                .flatMap(d -> Yaml.maps(Yaml.at(d, "spec.template.spec.volumes")).stream())
                .anyMatch(v -> "keycloak-client-secrets".equals(Yaml.at(v, "secret.secretName")));
        boolean addressesRead = Yaml.documents(job).stream()
                .flatMap(d -> Yaml.maps(Yaml.at(d, "spec.template.spec.containers")).stream())
                .flatMap(c -> Yaml.maps(c.get("envFrom")).stream())
                .anyMatch(e -> WECHAT_SETTINGS.equals(Yaml.at(e, "configMapRef.name")));
        if (!addressesRead || wechatSettings(directory).isEmpty()) {
            problems.add(
                    "client onewindow-wechat: the Job does not read its addresses from ConfigMap " + WECHAT_SETTINGS);
        } else {
            problems.addAll(wechatAddressProblems(client(hardened, "onewindow-wechat")));
        }
        for (Map<String, Object> client : clients(original)) {
            if (client.get("secret") != null && !Boolean.TRUE.equals(client.get("publicClient")) && !secretsMounted) {
                problems.add("client " + client.get("clientId")
                        + " keeps its demo secret: Secret keycloak-client-secrets is not mounted");
                break;
            }
        }
        return problems;
    }

    /** Realm fields the hardening may set that the demo realm leaves at Keycloak's defaults. */
    private static final Set<String> REALM_FIELDS = Set.of(
            "permanentLockout",
            "failureFactor",
            "waitIncrementSeconds",
            "maxFailureWaitSeconds",
            "maxDeltaTimeSeconds",
            "quickLoginCheckMilliSeconds",
            "minimumQuickLoginWaitSeconds",
            "maxTemporaryLockouts",
            "passwordPolicy",
            "otpPolicyType",
            "otpPolicyAlgorithm",
            "otpPolicyDigits",
            "otpPolicyPeriod",
            "otpPolicyLookAheadWindow",
            "eventsEnabled",
            "adminEventsEnabled");

    /** The realm after the hardening: realm settings and client files merged the way kcadm update -f does. */
    static Map<String, Object> hardenedRealm(Path directory) {
        Map<String, Object> realm = realmFile();
        realm.putAll(json(directory.resolve("realm-settings.json")));
        for (String file : directory.toFile().list()) {
            if (file.startsWith("client-") && file.endsWith(".json")) {
                Map<String, Object> client =
                        client(realm, file.substring("client-".length(), file.length() - ".json".length()));
                if (client != null) {
                    Kustomize.merge(client, json(directory.resolve(file)));
                }
            }
        }
        Map<String, Object> wechat = client(realm, "onewindow-wechat");
        Map<String, String> settings = wechatSettings(directory);
        if (wechat != null && !settings.isEmpty()) {
            applyWeChatSettings(wechat, settings);
        }
        Set<String> deleted = listed(directory.resolve("demo-users.txt"));
        realm.put(
                "users",
                new ArrayList<>(Yaml.maps(realm.get("users")).stream()
                        .filter(u -> !deleted.contains(String.valueOf(u.get("username"))))
                        .toList()));
        return realm;
    }

    /** The ConfigMap the hardening Job takes the WeChat backend's addresses from. */
    static final String WECHAT_SETTINGS = "keycloak-client-settings";

    /** The data of ConfigMap keycloak-client-settings as job.yaml of the directory declares it (empty if none). */
    static Map<String, String> wechatSettings(Path directory) {
        Path job = directory.resolve("job.yaml");
        Map<String, String> settings = new LinkedHashMap<>();
        if (!job.toFile().isFile()) {
            return settings;
        }
        for (Map<String, Object> document : Yaml.documents(job)) {
            if ("ConfigMap".equals(document.get("kind"))
                    && WECHAT_SETTINGS.equals(Yaml.at(document, "metadata.name"))) {
                Yaml.map(document.get("data")).forEach((key, value) -> settings.put(key, String.valueOf(value)));
            }
        }
        return settings;
    }

    /** What harden-realm.sh does with the settings: comma-separated lists, post-logout URIs joined by "##". */
    static void applyWeChatSettings(Map<String, Object> wechat, Map<String, String> settings) {
        wechat.put("redirectUris", new ArrayList<Object>(items(settings.get("WECHAT_REDIRECT_URIS"))));
        wechat.put("webOrigins", new ArrayList<Object>(items(settings.get("WECHAT_WEB_ORIGINS"))));
        Map<String, Object> attributes = new LinkedHashMap<>(Yaml.map(wechat.get("attributes")));
        attributes.put(
                "post.logout.redirect.uris",
                String.join("##", items(settings.get("WECHAT_POST_LOGOUT_REDIRECT_URIS"))));
        wechat.put("attributes", attributes);
    }

    /** The WeChat client's addresses that would not do in production: anything but https. */
    static List<String> wechatAddressProblems(Map<String, Object> wechat) {
        List<String> problems = new ArrayList<>();
        for (Object uri : Yaml.list(wechat.get("redirectUris"))) {
            if (!String.valueOf(uri).startsWith("https://")) {
                problems.add("client onewindow-wechat: redirect URI " + uri + " is not https");
            }
        }
        for (Object origin : Yaml.list(wechat.get("webOrigins"))) {
            if (!String.valueOf(origin).startsWith("https://")) {
                problems.add("client onewindow-wechat: web origin " + origin + " is not https");
            }
        }
        return problems;
    }

    private static List<String> items(String commaSeparated) {
        List<String> items = new ArrayList<>();
        for (String item : String.valueOf(commaSeparated).split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    /**
     * The realm as Keycloak holds it after importing the file: with the built-in client admin-cli
     * (public, direct access grants on) that Keycloak adds to every realm when the file has none.
     */
    private static Map<String, Object> realmFile() {
        Map<String, Object> realm = json(Repository.path("deploy/keycloak/onewindow-realm.json"));
        if (client(realm, "admin-cli") == null) {
            Map<String, Object> adminCli = new LinkedHashMap<>();
            adminCli.put("clientId", "admin-cli");
            adminCli.put("enabled", true);
            adminCli.put("publicClient", true);
            adminCli.put("standardFlowEnabled", false);
            adminCli.put("directAccessGrantsEnabled", true);
            List<Object> clients = new ArrayList<>(Yaml.list(realm.get("clients")));
            clients.add(adminCli);
            realm.put("clients", clients);
        }
        return realm;
    }

    private static List<Map<String, Object>> clients(Map<String, Object> realm) {
        return Yaml.maps(realm.get("clients"));
    }

    private static Map<String, Object> client(Map<String, Object> realm, String clientId) {
        return clients(realm).stream()
                .filter(c -> clientId.equals(c.get("clientId")))
                .findFirst()
                .orElse(null);
    }

    private static Set<String> listed(Path file) {
        Set<String> names = new TreeSet<>();
        for (String line : Repository.read(file).split("\\R")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Path file) {
        return Yaml.copy((Map<String, Object>) JSON.readValue(Repository.read(file), LinkedHashMap.class));
    }
}
