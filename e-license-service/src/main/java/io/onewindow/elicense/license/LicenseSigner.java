package io.onewindow.elicense.license;

import io.onewindow.elicense.license.domain.CanonicalForm;
import io.onewindow.elicense.license.domain.LicenseContent;
import io.onewindow.elicense.signing.DepartmentKeys;
import io.onewindow.elicense.signing.domain.Sm2;
import java.util.Base64;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Signs license content with its department's current key; the key id is part of what is signed. */
@Component
public class LicenseSigner {

    private final DepartmentKeys keys;

    LicenseSigner(DepartmentKeys keys) {
        this.keys = keys;
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
        return keys.publicKey(content.keyId())
                .map(key -> Sm2.verify(key, CanonicalForm.of(content), der))
                .orElse(false);
    }
}
