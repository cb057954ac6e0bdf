package io.onewindow.platform.test.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.onewindow.platform.test.KeycloakTestServer;
import io.onewindow.platform.test.NewResidents;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Self-registration on Keycloak's own registration page of the shared test Keycloak, with the
 * realm of {@code deploy/keycloak} and OneWindow's extension installed (docs/registration.md): the
 * page is reached as a person reaches it (the portal's login, then its "register" link) and posted
 * as a browser posts it; what was created is read back through the admin API.
 */
class SelfRegistrationIT {

    private static final String PORTAL = "onewindow-portal";
    private static final String REDIRECT_URI = "http://localhost:3000/callback";
    private static final String CITIZEN1_ID_NUMBER = "440113199003071235";

    private static KeycloakTestServer keycloak;

    @BeforeAll
    static void startKeycloak() {
        keycloak = KeycloakTestServer.shared();
    }

    @Test
    void aCitizenRegistersAndIsLoggedInWithTheCitizenRoleAndASelfDeclaredLevel() throws Exception {
        Map<String, String> form = citizen();

        HttpResponse<String> answer = new Browser().register(form);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(location ->
                        assertThat(location).startsWith(REDIRECT_URI).contains("code="));
        JsonNode user = account(form.get("username"));
        assertThat(user.path("attributes").path("real_name_level").path(0).asString())
                .isEqualTo("self-declared");
        assertThat(user.path("attributes").path("id_number").path(0).asString()).isEqualTo(form.get("id_number"));
        assertThat(user.path("attributes").path("mobile").path(0).asString()).isEqualTo(form.get("mobile"));
        assertThat(realmRoles(user)).contains("citizen").doesNotContain("enterprise", "agent");
    }

    @Test
    void aCompanyRegistersWithItsCreditCodeAndGetsTheEnterpriseRole() throws Exception {
        Map<String, String> form = citizen();
        form.put("account_type", "enterprise");
        form.put("credit_code", otherCreditCode());
        form.put("legal_representative", "王五");

        HttpResponse<String> answer = new Browser().register(form);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        JsonNode user = account(form.get("username"));
        assertThat(realmRoles(user)).contains("enterprise").doesNotContain("citizen");
        assertThat(user.path("attributes").path("credit_code").path(0).asString())
                .isEqualTo(form.get("credit_code"));
    }

    @Test
    void aWrongCheckCharacterShowsTheRegistrationPageAgainAndCreatesNoAccount() throws Exception {
        Map<String, String> form = citizen();
        String number = form.get("id_number");
        form.put("id_number", number.substring(0, 17) + (number.charAt(17) == '0' ? '1' : '0'));

        HttpResponse<String> answer = new Browser().register(form);

        assertRefused(answer, form, "身份证号码的校验码不正确");
        assertThat(answer.body()).contains("居民身份证号码", "账户类型", "手机号码");
    }

    @Test
    void anEnglishPageGivesTheReasonInEnglish() throws Exception {
        Map<String, String> form = citizen();
        String number = form.get("id_number");
        form.put("id_number", number.substring(0, 17) + (number.charAt(17) == '0' ? '1' : '0'));

        HttpResponse<String> answer = new Browser("en").register(form);

        assertRefused(answer, form, "The check character of the resident ID number is wrong");
        assertThat(answer.body()).contains("Resident ID number", "Account type");
    }

    @Test
    void aNumberOfNoProvinceIsRefused() throws Exception {
        Map<String, String> form = citizen();
        form.put("id_number", withCheckCharacter("000101199001011" + twoDigits()));

        assertRefused(new Browser().register(form), form, "身份证号码的前两位不是有效的省级行政区划代码");
    }

    @Test
    void anIdNumberAnotherAccountHoldsIsRefused() throws Exception {
        Map<String, String> form = citizen();
        form.put("id_number", CITIZEN1_ID_NUMBER);

        assertRefused(new Browser().register(form), form, "该号码已被其他账户登记");
    }

    @Test
    void aCompanyWithoutCreditCodeIsRefused() throws Exception {
        Map<String, String> form = citizen();
        form.put("account_type", "enterprise");
        form.put("legal_representative", "王五");

        assertRefused(new Browser().register(form), form, "注册时必须填写此项");
    }

    @Test
    void aMobileNumberThatIsNotMainlandIsRefused() throws Exception {
        Map<String, String> form = citizen();
        form.put("mobile", "12345678901");

        assertRefused(new Browser().register(form), form, "请填写11位中国大陆手机号码");
    }

    @Test
    void theFormCannotRaiseTheRealNameLevel() throws Exception {
        Map<String, String> form = citizen();
        form.put("real_name_level", "authoritative");

        HttpResponse<String> answer = new Browser().register(form);

        assertThat(answer.statusCode()).as(answer.body()).isIn(200, 302);
        if (answer.statusCode() == 302) {
            assertThat(account(form.get("username"))
                            .path("attributes")
                            .path("real_name_level")
                            .path(0)
                            .asString())
                    .isEqualTo("self-declared");
        } else {
            assertThat(findAccount(form.get("username"))).isNull();
        }
    }

    @Test
    void afterRegistrationTheUserMayChangeHerMobileButNotHerIdNumberOrLevel() throws Exception {
        Map<String, String> form = citizen();
        assertThat(new Browser().register(form).statusCode()).isEqualTo(302);
        String token = keycloak.passwordToken(form.get("username"), form.get("password"));

        ObjectNode otherNumber = ownAccount(token);
        ((ObjectNode) otherNumber.path("attributes")).putArray("id_number").add(newIdNumber());
        HttpResponse<String> refused = updateAccount(token, otherNumber);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("onewindowFixedAfterRegistration");

        ObjectNode higherLevel = ownAccount(token);
        ((ObjectNode) higherLevel.path("attributes"))
                .putArray("real_name_level")
                .add("authoritative");
        updateAccount(token, higherLevel);

        ObjectNode newMobile = ownAccount(token);
        ((ObjectNode) newMobile.path("attributes")).putArray("mobile").add("13912345678");
        assertThat(updateAccount(token, newMobile).statusCode()).isEqualTo(204);

        JsonNode user = account(form.get("username"));
        assertThat(user.path("attributes").path("id_number").path(0).asString()).isEqualTo(form.get("id_number"));
        assertThat(user.path("attributes").path("real_name_level").path(0).asString())
                .isEqualTo("self-declared");
        assertThat(user.path("attributes").path("mobile").path(0).asString()).isEqualTo("13912345678");
    }

    private static ObjectNode ownAccount(String token) throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(keycloak.issuerUri() + "/account/"))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return (ObjectNode) JsonMapper.shared().readTree(answer.body());
    }

    private static HttpResponse<String> updateAccount(String token, JsonNode user)
            throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(keycloak.issuerUri() + "/account/"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .header("Accept", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(user.toString()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void theIdentityServiceConfirmingTheNameAndNumberMakesTheLevelAuthoritative() throws Exception {
        Map<String, String> confirmed = citizen();
        Map<String, String> unknown = citizen();
        List<String> asked = new ArrayList<>();
        HttpServer identityService = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), keycloak.identityServicePort()), 0);
        identityService.createContext("/identity/verifications", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonNode request = JsonMapper.shared().readTree(body);
            asked.add(exchange.getRequestMethod() + " " + request.path("name").asString() + " "
                    + request.path("idNumber").asString());
            boolean match =
                    confirmed.get("id_number").equals(request.path("idNumber").asString())
                            && "张三".equals(request.path("name").asString());
            byte[] answer = ("{\"match\":" + match + "}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        identityService.start();
        try {
            assertThat(new Browser().register(confirmed).statusCode()).isEqualTo(302);
            assertThat(new Browser().register(unknown).statusCode()).isEqualTo(302);
        } finally {
            identityService.stop(0);
        }

        assertThat(asked)
                .containsExactly("POST 张三 " + confirmed.get("id_number"), "POST 张三 " + unknown.get("id_number"));
        assertThat(level(confirmed.get("username"))).isEqualTo("authoritative");
        assertThat(level(unknown.get("username"))).isEqualTo("self-declared");
    }

    // ------------------------------------------------------------------ the person and her form

    /** A new resident of Guangzhou's Panyu district, with a number nobody holds yet. */
    private static Map<String, String> citizen() {
        return NewResidents.citizenForm();
    }

    private static String newIdNumber() {
        return NewResidents.newIdNumber();
    }

    private static String twoDigits() {
        return String.format("%02d", ThreadLocalRandom.current().nextInt(100));
    }

    private static String withCheckCharacter(String seventeenDigits) {
        return NewResidents.withCheckCharacter(seventeenDigits);
    }

    private static String otherCreditCode() {
        return NewResidents.newCreditCode();
    }

    // ------------------------------------------------------------------ checks through the admin API

    private static void assertRefused(HttpResponse<String> answer, Map<String, String> form, String message) {
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("kc-register-form").contains(message);
        assertThat(findAccount(form.get("username")))
                .as("no account was created")
                .isNull();
    }

    private static String level(String username) {
        return account(username)
                .path("attributes")
                .path("real_name_level")
                .path(0)
                .asString();
    }

    private static JsonNode account(String username) {
        JsonNode user = findAccount(username);
        assertThat(user).as("account %s", username).isNotNull();
        return user;
    }

    private static JsonNode findAccount(String username) {
        HttpResponse<String> answer = keycloak.admin(
                "GET",
                "/admin/realms/onewindow/users?exact=true&username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8),
                null);
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode users = JsonMapper.shared().readTree(answer.body());
        return users.isEmpty() ? null : users.path(0);
    }

    private static List<String> realmRoles(JsonNode user) {
        HttpResponse<String> answer = keycloak.admin(
                "GET", "/admin/realms/onewindow/users/" + user.path("id").asString() + "/role-mappings/realm", null);
        assertThat(answer.statusCode()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        JsonMapper.shared()
                .readTree(answer.body())
                .forEach(role -> names.add(role.path("name").asString()));
        return names;
    }

    /**
     * A browser without JavaScript: redirects followed by hand, cookies kept by hand (Keycloak marks its
     * login cookies {@code Secure}, which the JDK's cookie manager then withholds from plain HTTP).
     */
    private static final class Browser {

        private static final Pattern REGISTER_LINK =
                Pattern.compile("href=\"([^\"]*/login-actions/registration[^\"]*)\"");
        private static final Pattern REGISTER_FORM = Pattern.compile("<form[^>]*id=\"kc-register-form\"[^>]*>");
        private static final Pattern ACTION = Pattern.compile("action=\"([^\"]*)\"");

        private final String locale;

        Browser() {
            this("zh-CN");
        }

        Browser(String locale) {
            this.locale = locale;
        }

        private final HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private final Map<String, String> cookies = new LinkedHashMap<>();

        /** Opens the portal's login, follows its "register" link and posts the form; Keycloak's answer. */
        HttpResponse<String> register(Map<String, String> form) throws IOException, InterruptedException {
            String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
            String challenge;
            try {
                challenge = Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(MessageDigest.getInstance("SHA-256")
                                .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            String login = get(keycloak.issuerUri() + "/protocol/openid-connect/auth?response_type=code&scope=openid"
                            + "&client_id=" + PORTAL + "&redirect_uri="
                            + URLEncoder.encode(REDIRECT_URI, StandardCharsets.UTF_8)
                            + "&state=s&code_challenge=" + challenge + "&code_challenge_method=S256&ui_locales="
                            + locale)
                    .body();
            String registrationPage = get(absolute(find(REGISTER_LINK, login, "the login page's register link")))
                    .body();
            String formTag = find(REGISTER_FORM, registrationPage, "the registration form");
            String action = absolute(find(ACTION, formTag, "the registration form's action"));
            return send(HttpRequest.newBuilder(URI.create(action))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
        }

        private HttpResponse<String> get(String url) throws IOException, InterruptedException {
            HttpResponse<String> answer =
                    send(HttpRequest.newBuilder(URI.create(url)).GET());
            assertThat(answer.statusCode()).as("GET %s: %s", url, answer.body()).isEqualTo(200);
            return answer;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            if (!cookies.isEmpty()) {
                request.header(
                        "Cookie",
                        cookies.entrySet().stream()
                                .map(c -> c.getKey() + "=" + c.getValue())
                                .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> answer =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String setCookie : answer.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                if (value.isEmpty()
                        || setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return answer;
        }

        private static String find(Pattern pattern, String html, String what) {
            Matcher matcher = pattern.matcher(html);
            assertThat(matcher.find()).as("%s in:%n%s", what, html).isTrue();
            return matcher.groupCount() == 0 ? matcher.group() : matcher.group(1);
        }

        private static String absolute(String href) {
            String unescaped = href.replace("&amp;", "&");
            return unescaped.startsWith("http") ? unescaped : keycloak.baseUrl() + unescaped;
        }

        private static byte[] randomBytes() {
            byte[] bytes = new byte[32];
            ThreadLocalRandom.current().nextBytes(bytes);
            return bytes;
        }

        private static String encode(Map<String, String> form) {
            return form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }
    }
}
