package io.onewindow.elicense.license;

import io.onewindow.elicense.config.LicenseSettings;
import io.onewindow.elicense.license.domain.CanonicalForm;
import io.onewindow.elicense.license.domain.LicenseContent;
import io.onewindow.elicense.signing.DepartmentKeys;
import io.onewindow.elicense.signing.domain.Sm2;
import java.util.Base64;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Signs license content with its department's current key; the key id is part of what is signed.
 *
 * <p>Verifying a stored license again costs a SHA-256 digest instead of an SM2 verification: the
 * outcome "this signature is valid for these bytes under this key" can never change (content and
 * signature are what the caller read, and a published key is never changed nor deleted), so the
 * positive outcomes are remembered, keyed by the digest of key id, canonical bytes and signature
 * ({@code onewindow.license.verification.signature-cache-size}). Content changed in the store gives
 * other canonical bytes, hence another key, and is verified afresh; nothing about the license's
 * status is remembered.
 */
@Component
public class LicenseSigner {

    private final DepartmentKeys keys;
    private final VerifiedSignatures verified;

    LicenseSigner(DepartmentKeys keys, LicenseSettings settings) {
        this.keys = keys;
        this.verified = new VerifiedSignatures(settings.verification().signatureCacheSize());
    }

    /** Content made for the department's current key id, and its base64 DER signature. */
    public record SignedContent(LicenseContent content, String signature) {}

    public SignedContent sign(String department, Function<String, LicenseContent> contentForKeyId) {
        DepartmentKeys.ActiveKey key = keys.activeKey(department);
        LicenseContent content = contentForKeyId.apply(key.keyId());
        byte[] signature = Sm2.sign(key.privateKey(), CanonicalForm.of(content));
        return new SignedContent(content, Base64.getEncoder().encodeToString(signature));
    }

    /** Whether the stored signature matches the content under the published key it names. */
    public boolean verify(LicenseContent content, String signature) {
        byte[] der;
        try {
            der = Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
        byte[] canonical = CanonicalForm.of(content);
        String outcome = verified.keyOf(content.keyId(), canonical, der);
        if (verified.contains(outcome)) {
            return true;
        }
        boolean valid = keys.publicKey(content.keyId())
                .map(key -> Sm2.verify(key, canonical, der))
                .orElse(false);
        if (valid) {
            verified.add(outcome);
        }
        return valid;
    }
}
