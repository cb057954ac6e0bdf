package io.onewindow.platform.test;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.CookieStore;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A browser's cookie jar on a loopback address, for tests and benches that walk Keycloak's login
 * form with {@link java.net.http.HttpClient}: Keycloak marks its login cookies {@code Secure} (with
 * {@code SameSite=None}), which a browser sends back to {@code http://127.0.0.1} (a secure context)
 * but the JDK's {@link CookieManager} alone never would over http; the attribute is dropped on the
 * way in.
 */
public final class LoopbackCookies extends CookieHandler {

    private static final Pattern SECURE = Pattern.compile(";\\s*Secure\\s*(?=;|$)", Pattern.CASE_INSENSITIVE);

    private final CookieManager manager = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    /** The cookies kept so far (e.g. to see whether a login left its session cookie). */
    public CookieStore store() {
        return manager.getCookieStore();
    }

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
        return manager.get(uri, requestHeaders);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        responseHeaders.forEach((name, values) -> headers.put(
                name,
                name != null && name.equalsIgnoreCase("Set-Cookie")
                        ? values.stream()
                                .map(value -> SECURE.matcher(value).replaceAll(""))
                                .toList()
                        : values));
        manager.put(uri, headers);
    }
}
