package io.onewindow.gateway.correlation;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * A W3C Trace Context {@code traceparent} value (version 00): kept when a client sends a
 * valid one, made afresh otherwise, so every request reaches the services with a trace id.
 */
public record TraceParent(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}");
    private static final String ZERO_TRACE_ID = "0".repeat(32);
    private static final String ZERO_PARENT_ID = "0".repeat(16);

    public TraceParent {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a W3C traceparent: " + value);
        }
    }

    /** A new sampled root trace context. */
    public static TraceParent random() {
        return new TraceParent("00-" + nonZeroHex(16) + "-" + nonZeroHex(8) + "-01");
    }

    /** The client's value when it is well-formed, a new one otherwise. */
    public static TraceParent fromHeaderOrRandom(String header) {
        return isValid(header) ? new TraceParent(header) : random();
    }

    public static boolean isValid(String value) {
        if (value == null) {
            return false;
        }
        var matcher = FORMAT.matcher(value);
        return matcher.matches()
                && !value.startsWith("ff")
                && !ZERO_TRACE_ID.equals(matcher.group(1))
                && !ZERO_PARENT_ID.equals(matcher.group(2));
    }

    public String traceId() {
        return value.substring(3, 35);
    }

    private static String nonZeroHex(int bytes) {
        byte[] random = new byte[bytes];
        do {
            ThreadLocalRandom.current().nextBytes(random);
        } while (allZero(random));
        return HexFormat.of().formatHex(random);
    }

    private static boolean allZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
