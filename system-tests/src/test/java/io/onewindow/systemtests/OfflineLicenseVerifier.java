package io.onewindow.systemtests;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.bouncycastle.jcajce.spec.SM2ParameterSpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import tools.jackson.databind.JsonNode;

/**
 * A verifier without a network connection, as e-license-service's guide describes it: it fetched
 * {@code /api/licenses/public/keys} once, takes the payload out of the scanned address
 * ({@code …/verify?p=<base64url payload>}, the gateway's short address of the verification page;
 * codes printed before it hold {@code …/api/licenses/public/verify?p=…}) or reads the bare payload
 * {@code OWL2|identifier|keyId|status|madeAt|validTo|digest|signature} (or {@code OWL1|…}), and checks
 * it with the SM2 public key {@code keyId} (SM3withSM2, signer id {@code 1234567812345678}) over
 * every byte before the last {@code |}.
 */
final class OfflineLicenseVerifier {

    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

    private final Map<String, PublicKey> keys = new HashMap<>();

    OfflineLicenseVerifier(JsonNode publishedKeys) {
        JsonNode list = publishedKeys.isArray() ? publishedKeys : publishedKeys.path("keys");
        for (JsonNode key : list) {
            try {
                keys.put(
                        key.path("keyId").asString(),
                        KeyFactory.getInstance("EC", PROVIDER)
                                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                                        .decode(key.path("publicKey").asString()))));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("published key " + key + " is not an SM2 key", e);
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("no keys in " + publishedKeys);
        }
    }

    /** The status the scanned address or bare payload states, if its signature holds; else {@code INVALID}. */
    String statusOf(String scanned) {
        String payload = payloadOf(scanned);
        String[] parts = payload.split("\\|", -1);
        if (parts.length != 8 || !("OWL2".equals(parts[0]) || "OWL1".equals(parts[0]))) {
            return "INVALID";
        }
        PublicKey key = keys.get(parts[2]);
        if (key == null) {
            return "INVALID";
        }
        int last = payload.lastIndexOf('|');
        try {
            Signature verifier = Signature.getInstance("SM3withSM2", PROVIDER);
            verifier.setParameter(new SM2ParameterSpec("1234567812345678".getBytes(StandardCharsets.US_ASCII)));
            verifier.initVerify(key);
            verifier.update(payload.substring(0, last).getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getUrlDecoder().decode(parts[7])) ? parts[3] : "INVALID";
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return "INVALID";
        }
    }

    /** The payload a scanned address carries in its {@code p} parameter, or the text itself. */
    private static String payloadOf(String scanned) {
        int p = scanned.indexOf("?p=");
        if (!scanned.startsWith("http") || p < 0) {
            return scanned;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(scanned.substring(p + 3)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
