package io.onewindow.gateway.correlation;

/** Names shared by the correlation filter and whoever reports on a request. */
public final class Correlation {

    /** The header carrying one request's id through every service and log line. */
    public static final String ID_HEADER = "X-Correlation-Id";

    /** The W3C trace context header. */
    public static final String TRACEPARENT_HEADER = "traceparent";

    /** The exchange attribute holding the request's correlation id. */
    public static final String ID_ATTRIBUTE = Correlation.class.getName() + ".id";

    /**
     * The exchange attribute holding the path the client asked for, which stays the problem's
     * {@code instance} after the gateway forwards the request (to a fallback, say).
     */
    public static final String CLIENT_PATH_ATTRIBUTE = Correlation.class.getName() + ".clientPath";

    private Correlation() {}
}
