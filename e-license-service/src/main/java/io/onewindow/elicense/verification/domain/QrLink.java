package io.onewindow.elicense.verification.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * What a license's QR code holds: an address of the public verification page carrying the signed
 * payload, {@code <base>?p=<base64url of the payload, no padding>}, so that a phone camera or WeChat
 * opens the verification instead of showing raw text, while an offline verifier still takes the
 * payload out of it and checks the signature with the published keys.
 *
 * <p>{@link #read} accepts what a verifier may paste: the whole address, or the bare payload
 * ({@code OWL2|…}, or {@code OWL1|…} of older codes). An address of another host, port or path is
 * {@link Scanned.Foreign}: not a code of this library, whatever it carries. The service's own
 * verification path on the same host ({@value #SERVICE_PATH}, which codes held before the gateway's
 * short {@code /verify} address was their base) is read like the base: those codes stay valid.
 *
 * @param base the verification page, absolute {@code https} (or {@code http} for the local run)
 *     address without query or fragment
 */
public record QrLink(URI base) {

    /** The query parameter that carries the payload. */
    public static final String PARAMETER = "p";

    /**
     * The service's own verification address through the gateway, the base of the codes printed
     * before {@code /verify}: still read as an address of this library on the base's host.
     */
    public static final String SERVICE_PATH = "/api/licenses/public/verify";

    public QrLink {
        if (base == null
                || base.getHost() == null
                || !("https".equalsIgnoreCase(base.getScheme()) || "http".equalsIgnoreCase(base.getScheme()))
                || base.getRawQuery() != null
                || base.getRawFragment() != null) {
            throw new IllegalArgumentException("the verification base URL must be an absolute http(s) address"
                    + " without query or fragment: " + base);
        }
    }

    public static QrLink of(String base) {
        try {
            return new QrLink(new URI(base == null ? "" : base.strip()));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the verification base URL is not an address: " + base, e);
        }
    }

    /** The address the QR code encodes for {@code payload}. */
    public String linkTo(String payload) {
        return base + "?" + PARAMETER + "="
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    }

    /** What a scanned or pasted text turned out to be. */
    public sealed interface Scanned {
        /** The payload text, to be parsed and checked. */
        record Payload(String text) implements Scanned {}

        /** An address of another host, port or path than the verification page. */
        record Foreign() implements Scanned {}

        /** Neither an address of ours nor a payload. */
        record Malformed() implements Scanned {}
    }

    /** Reads what a verifier scanned or pasted: the whole address or the bare payload. Never throws. */
    public Scanned read(String scanned) {
        if (scanned == null) {
            return new Scanned.Malformed();
        }
        String text = scanned.strip();
        if (text.startsWith(QrPayload.MAGIC + "|") || text.startsWith(QrPayload.MAGIC_V1 + "|")) {
            return new Scanned.Payload(text);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
            return new Scanned.Malformed();
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return new Scanned.Malformed();
        }
        if (!sameResource(uri)) {
            return new Scanned.Foreign();
        }
        return readParameter(parameter(uri.getRawQuery()));
    }

    /** Reads the value of the address's {@code p} parameter (base64url of the payload). Never throws. */
    public Scanned readParameter(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return new Scanned.Malformed();
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
            return payload.startsWith(QrPayload.MAGIC + "|") || payload.startsWith(QrPayload.MAGIC_V1 + "|")
                    ? new Scanned.Payload(payload)
                    : new Scanned.Malformed();
        } catch (IllegalArgumentException notBase64) {
            return new Scanned.Malformed();
        }
    }

    private boolean sameResource(URI uri) {
        return base.getScheme().equalsIgnoreCase(uri.getScheme())
                && uri.getHost() != null
                && base.getHost().equalsIgnoreCase(uri.getHost())
                && port(base) == port(uri)
                && base.getRawUserInfo() == null == (uri.getRawUserInfo() == null)
                && (stripSlash(base.getRawPath()).equals(stripSlash(uri.getRawPath()))
                        || SERVICE_PATH.equals(stripSlash(uri.getRawPath())))
                && uri.getRawFragment() == null;
    }

    /** The one {@code p} value of the query; {@code null} when missing, empty or repeated. */
    private static String parameter(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        String found = null;
        for (String pair : rawQuery.split("&", -1)) {
            if (pair.startsWith(PARAMETER + "=")) {
                if (found != null) {
                    return null;
                }
                found = pair.substring(PARAMETER.length() + 1);
            }
        }
        return found == null || found.isEmpty() ? null : found;
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String stripSlash(String path) {
        String p = path == null ? "" : path;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
