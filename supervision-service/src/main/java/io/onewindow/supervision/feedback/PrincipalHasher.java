package io.onewindow.supervision.feedback;

import io.onewindow.supervision.config.SupervisionSettings;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The appointment service's keyed hash of an ID number (HMAC-SHA-256 over {@code "id:" + number}),
 * so supervision can tell whether a visit was booked for the caller without ever storing the
 * number. Needs the same key as the appointment service.
 */
@Component
class PrincipalHasher {

    private final SecretKeySpec key;

    PrincipalHasher(SupervisionSettings settings) {
        this.key = new SecretKeySpec(settings.principalHashSalt().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    String hashOf(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(("id:" + idNumber).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
