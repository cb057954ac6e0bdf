package io.onewindow.notification.webhook.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@value #HEADER} header of a delivery: {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." +
 * body)>}, with one {@code v1} per secret valid at the time of sending (during a rotation's grace period,
 * the new secret's first and the old one's second). A partner recomputes the HMAC over the timestamp, a
 * dot and the raw body bytes with its secret, accepts when any {@code v1} equals it (compared in constant
 * time) and refuses a timestamp older than its replay window.
 */
public final class WebhookSignature {

    public static final String HEADER = "OneWindow-Signature";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {}

    /** The header value for {@code body} sent at {@code at}, signed with each of {@code secrets} in order. */
    public static String header(List<SigningSecret> secrets, Instant at, byte[] body) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("no secret to sign with");
        }
        long t = at.getEpochSecond();
        StringBuilder header = new StringBuilder("t=").append(t);
        for (SigningSecret secret : secrets) {
            header.append(",v1=").append(hmac(secret, t, body));
        }
        return header.toString();
    }

    /** Hex HMAC-SHA256 of {@code t + "." + body} under {@code secret}'s text. */
    public static String hmac(SigningSecret secret, long t, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.value().getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update((t + ".").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /**
     * What a partner does: whether {@code header} signs {@code body} with {@code secret} and its
     * timestamp is within {@code window} of {@code now} (either side, for clock skew).
     */
    public static boolean verify(String header, SigningSecret secret, byte[] body, Instant now, Duration window) {
        if (header == null) {
            return false;
        }
        Long t = null;
        List<String> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length != 2) {
                continue;
            }
            if (kv[0].equals("t") && kv[1].matches("\\d{1,12}")) {
                t = Long.parseLong(kv[1]);
            } else if (kv[0].equals("v1")) {
                signatures.add(kv[1]);
            }
        }
        if (t == null || Math.abs(now.getEpochSecond() - t) > window.toSeconds()) {
            return false;
        }
        byte[] expected = hmac(secret, t, body).getBytes(StandardCharsets.US_ASCII);
        return signatures.stream()
                .anyMatch(s -> MessageDigest.isEqual(expected, s.getBytes(StandardCharsets.US_ASCII)));
    }
}
