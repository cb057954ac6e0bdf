package io.onewindow.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * A WeChat mini-app's backend as docs/integrators/wechat-mini-app.md describes it, written with
 * nothing but {@link HttpClient}: it binds a WeChat openid to a OneWindow account once, through
 * Keycloak's authorization-code login with PKCE (S256) and scope {@code openid offline_access} in
 * the mini-app's web view (here the web view's requests are sent by this class: Keycloak's login
 * form is read from its HTML and posted with the person's name and password), exchanges the code
 * as the confidential client {@code onewindow-wechat}, keeps the offline refresh token under the
 * openid, and refreshes it before each call it makes for that person.
 */
final class WeChatMiniAppBackend {

    static final String CLIENT_ID = "onewindow-wechat";

    /** The realm file's demo secret (local run only). */
    static final String CLIENT_SECRET = "onewindow-wechat-demo-secret";

    /** Where the web view lands after the login: any local address is a redirect URI of the demo realm. */
    static final String REDIRECT_URI = "http://127.0.0.1:9/wechat/bound";

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*\\baction=\"([^\"]+)\"");
    private static final Pattern REGISTER_LINK = Pattern.compile("href=\"([^\"]*/login-actions/registration[^\"]*)\"");
    private static final Pattern REGISTER_FORM = Pattern.compile("<form[^>]*id=\"kc-register-form\"[^>]*>");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String realmUrl;
    private final HttpClient backChannel =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** What the backend keeps per openid: the person's subject and the current offline refresh token. */
    private final Map<String, Binding> bindings = new ConcurrentHashMap<>();

    WeChatMiniAppBackend(String realmUrl) {
        this.realmUrl = realmUrl;
    }

    /** One openid's binding as the backend records it. */
    record Binding(String openid, String subject, String refreshToken) {}

    /** What the token endpoint answered. */
    record TokenAnswer(int status, JsonNode body) {

        String error() {
            return body.path("error").asString();
        }
    }

    /** The outcome of a login in the web view: the redirect Keycloak sent the web view to, and the PKCE verifier. */
    record WebViewLogin(int status, String location, String body, String codeVerifier) {

        Optional<String> parameter(String name) {
            return location == null
                    ? Optional.empty()
                    : Optional.ofNullable(query(URI.create(location)).get(name));
        }
    }

    /**
     * Binds {@code openid} to the person who logs in as {@code username} in the web view: code +
     * PKCE, the exchange with the client secret, then the offline token kept under the openid.
     *
     * @return the binding as kept
     */
    Binding bind(String openid, String username, String password) {
        WebViewLogin login = logInInWebView(username, password, REDIRECT_URI, true);
        String code = login.parameter("code")
                .orElseThrow(
                        () -> new AssertionError("no code in the redirect " + login.location() + ": " + login.body()));
        return keep(openid, code, login.codeVerifier());
    }

    /** Exchanges the web view's code and keeps the offline token under the openid. */
    private Binding keep(String openid, String code, String codeVerifier) {
        TokenAnswer tokens = exchange(code, REDIRECT_URI, codeVerifier);
        if (tokens.status() != 200) {
            throw new AssertionError("code exchange refused: " + tokens.body());
        }
        String subject = Jwt.claims(tokens.body().path("access_token").asString())
                .path("sub")
                .asString();
        Binding binding =
                new Binding(openid, subject, tokens.body().path("refresh_token").asString());
        bindings.put(openid, binding);
        return binding;
    }

    /**
     * Binds {@code openid} to a person who has no account yet: in the web view she follows the
     * login page's "register" link, fills in Keycloak's registration form ({@code form}: the fields
     * docs/registration.md lists) and is logged in at once, so the redirect carries the code as
     * after a login; the rest is {@link #bind(String, String, String)}'s.
     */
    Binding registerAndBind(String openid, Map<String, String> form) {
        HttpClient webView = webView();
        String verifier = randomUrlSafe(32);
        HttpResponse<String> login =
                send(webView, HttpRequest.newBuilder(authorizationUri(verifier)).GET());
        if (login.statusCode() != 200) {
            throw new AssertionError("no login page: " + login.statusCode() + " " + login.body());
        }
        String registration = send(
                        webView,
                        HttpRequest.newBuilder(URI.create(html(REGISTER_LINK, login.body())))
                                .GET())
                .body();
        HttpResponse<String> registered = send(
                webView,
                HttpRequest.newBuilder(URI.create(html(FORM_ACTION, html(REGISTER_FORM, registration))))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(form))));
        String location = registered.headers().firstValue("Location").orElse(null);
        String code = new WebViewLogin(registered.statusCode(), location, registered.body(), verifier)
                .parameter("code")
                .orElseThrow(() -> new AssertionError(
                        "registration refused (" + registered.statusCode() + "): " + registered.body()));
        return keep(openid, code, verifier);
    }

    /** The binding kept for an openid, if any. */
    Optional<Binding> binding(String openid) {
        return Optional.ofNullable(bindings.get(openid));
    }

    /**
     * A fresh access token for the person bound to {@code openid}: the kept refresh token is
     * exchanged (Keycloak rotates it, the new one is kept). A refusal ({@code invalid_grant}: the
     * person removed the mini-app's access, or an administrator revoked it) ends the binding.
     */
    Optional<String> accessTokenFor(String openid) {
        Binding binding = bindings.get(openid);
        if (binding == null) {
            return Optional.empty();
        }
        TokenAnswer answer = refresh(binding.refreshToken());
        if (answer.status() != 200) {
            bindings.remove(openid);
            return Optional.empty();
        }
        String refreshToken = answer.body().path("refresh_token").asString(binding.refreshToken());
        bindings.put(openid, new Binding(openid, binding.subject(), refreshToken));
        return Optional.of(answer.body().path("access_token").asString());
    }

    /**
     * The mini-app's "解除绑定": the offline token is revoked at Keycloak's revocation endpoint
     * (RFC 7009) and the binding deleted.
     *
     * @return the revocation endpoint's status (200 when revoked)
     */
    int unbind(String openid) {
        Binding binding = bindings.remove(openid);
        if (binding == null) {
            return 404;
        }
        HttpResponse<String> response = send(
                backChannel,
                HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/revoke"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                "token",
                                binding.refreshToken(),
                                "token_type_hint",
                                "refresh_token",
                                "client_id",
                                CLIENT_ID,
                                "client_secret",
                                CLIENT_SECRET)))));
        return response.statusCode();
    }

    /** The token endpoint's answer to a refresh with this refresh token (client authenticated by its secret). */
    TokenAnswer refresh(String refreshToken) {
        return token(Map.of(
                "grant_type", "refresh_token",
                "refresh_token", refreshToken,
                "client_id", CLIENT_ID,
                "client_secret", CLIENT_SECRET));
    }

    /** The token endpoint's answer to a code exchange; a {@code null} verifier leaves it out. */
    TokenAnswer exchange(String code, String redirectUri, String codeVerifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("client_id", CLIENT_ID);
        form.put("client_secret", CLIENT_SECRET);
        if (codeVerifier != null) {
            form.put("code_verifier", codeVerifier);
        }
        return token(form);
    }

    /**
     * What the mini-app's web view does: opens the authorization endpoint (scope {@code openid
     * offline_access}, with an S256 code challenge when {@code pkce}), reads the login form's
     * action from Keycloak's HTML, posts the name and password there, and stops at the redirect
     * that carries the code (or the error). A request Keycloak refuses outright (an unregistered
     * redirect URI) ends at its error page: no form, no redirect.
     */
    WebViewLogin logInInWebView(String username, String password, String redirectUri, boolean pkce) {
        return logInInWebView(CLIENT_ID, "openid offline_access", username, password, redirectUri, pkce);
    }

    /** {@link #logInInWebView(String, String, String, boolean)} for any public or confidential client. */
    WebViewLogin logInInWebView(
            String clientId, String scope, String username, String password, String redirectUri, boolean pkce) {
        HttpClient webView = webView();
        String verifier = randomUrlSafe(32);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", clientId);
        query.put("redirect_uri", redirectUri);
        query.put("scope", scope);
        query.put("state", randomUrlSafe(12));
        if (pkce) {
            query.put("code_challenge", s256(verifier));
            query.put("code_challenge_method", "S256");
        }
        HttpResponse<String> authorization = send(
                webView,
                HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/auth?" + form(query)))
                        .GET());
        if (authorization.statusCode() != 200) {
            return new WebViewLogin(
                    authorization.statusCode(),
                    authorization.headers().firstValue("Location").orElse(null),
                    authorization.body(),
                    verifier);
        }
        Matcher action = FORM_ACTION.matcher(authorization.body());
        if (!action.find()) {
            return new WebViewLogin(200, null, authorization.body(), verifier);
        }
        String target = action.group(1).replace("&amp;", "&");
        HttpResponse<String> loggedIn = send(
                webView,
                HttpRequest.newBuilder(URI.create(target))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                form(Map.of("username", username, "password", password, "credentialId", "")))));
        return new WebViewLogin(
                loggedIn.statusCode(),
                loggedIn.headers().firstValue("Location").orElse(null),
                loggedIn.body(),
                verifier);
    }

    /** A web view has its own cookies: one cookie store per login. */
    private static HttpClient webView() {
        return HttpClient.newBuilder()
                .cookieHandler(new io.onewindow.platform.test.LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** The mini-app's authorization request: code + PKCE (S256), scope {@code openid offline_access}. */
    private URI authorizationUri(String verifier) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", CLIENT_ID);
        query.put("redirect_uri", REDIRECT_URI);
        query.put("scope", "openid offline_access");
        query.put("state", randomUrlSafe(12));
        query.put("code_challenge", s256(verifier));
        query.put("code_challenge_method", "S256");
        query.put("ui_locales", "zh-CN");
        return URI.create(realmUrl + "/protocol/openid-connect/auth?" + form(query));
    }

    /** The first group (or the whole match) of {@code pattern} in Keycloak's HTML, unescaped and absolute. */
    private String html(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError(pattern + " not found in:\n" + page);
        }
        String found = (matcher.groupCount() == 0 ? matcher.group() : matcher.group(1)).replace("&amp;", "&");
        if (found.startsWith("http") || found.startsWith("<")) {
            return found;
        }
        URI realm = URI.create(realmUrl);
        return realm.getScheme() + "://" + realm.getRawAuthority() + found;
    }

    private TokenAnswer token(Map<String, String> form) {
        HttpResponse<String> response = send(
                backChannel,
                HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(form))));
        return new TokenAnswer(response.statusCode(), Gateway.JSON.readTree(response.body()));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            parameters.put(
                    java.net.URLDecoder.decode(name, StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** RFC 7636's S256: BASE64URL(SHA-256(ASCII(code_verifier))). */
    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reading a token's claims (the backend trusts the token endpoint's answer it fetched over TLS). */
    static final class Jwt {

        private Jwt() {}

        static JsonNode claims(String token) {
            String[] parts = token.split("\\.");
            return Gateway.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        }
    }
}
