package io.onewindow.notification.webhook.domain;

import java.util.Base64;
import java.util.Objects;
import java.util.Random;

/**
 * A subscription's signing secret: 32 random bytes written base64url without padding (43 characters).
 * The HMAC key is this text's bytes as shown to the partner (not the decoded bytes), so a partner can
 * use it as given, e.g. with {@code openssl dgst -hmac}.
 */
public record SigningSecret(String value) {

    public static final int BYTES = 32;

    public SigningSecret {
        Objects.requireNonNull(value, "value");
    }

    /** A fresh secret from {@code random} (a {@code SecureRandom} in the service). */
    public static SigningSecret generate(Random random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new SigningSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "SigningSecret[***]";
    }
}
