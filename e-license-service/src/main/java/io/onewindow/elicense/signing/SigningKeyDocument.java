package io.onewindow.elicense.signing;

import io.onewindow.elicense.signing.domain.PublishedKey;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One department signing key. The id is {@code <department>-k<generation>}, so two instances
 * creating or rotating the same department's key at once collide on the primary key and one
 * of them simply loses. The private key is only stored sealed by the master key.
 */
@Document("signing_keys")
record SigningKeyDocument(
        @Id String id,
        String department,
        int generation,
        String publicKey,
        String sealedPrivateKey,
        Instant createdAt,
        String createdBy,
        Instant retiredAt) {

    PublishedKey published() {
        return PublishedKey.sm2(id, department, publicKey, createdAt, retiredAt);
    }
}
