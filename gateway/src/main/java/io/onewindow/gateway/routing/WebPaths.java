package io.onewindow.gateway.routing;

import java.util.Arrays;
import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The paths a browser opens as pages rather than calls an API on: the staff console
 * ({@code /console}, {@code /console/**}), the halls' public queue boards ({@code /board/**}) and
 * the license verification page ({@code /verify}, where a license's QR code points). The gateway
 * reads no bearer token there (the console signs its staff in with a session of its own, the board
 * and the verification page are public), and their requests draw on a per-address budget of their
 * own, sized for a page with its assets and a signed-in officer's partial updates.
 */
public final class WebPaths {

    /** The console's pages and the queue boards, routed to the console application as they are. */
    public static final String[] CONSOLE = {"/console", "/console/**", "/board/**"};

    /** The verification page a license's QR code opens: e-license-service's public verification. */
    public static final String VERIFY = "/verify";

    /** Every web path, for the security rules and the rate limit. */
    public static final String[] ALL = {"/console", "/console/**", "/board/**", VERIFY};

    private static final List<PathPattern> PATTERNS =
            Arrays.stream(ALL).map(PathPatternParser.defaultInstance::parse).toList();

    private WebPaths() {}

    /** Whether the request is for one of the web paths. */
    public static boolean isWebPath(ServerHttpRequest request) {
        // the request's path is already parsed (a PathContainer of the same value)
        PathContainer path = request.getPath();
        for (PathPattern pattern : PATTERNS) {
            if (pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }
}
