package io.onewindow.elicense.signing;

import io.onewindow.elicense.config.LicenseSettings;
import io.onewindow.elicense.signing.domain.KeyVault;
import io.onewindow.elicense.signing.domain.PublishedKey;
import io.onewindow.elicense.signing.domain.Sm2;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.service.UseCase;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SM2 keys of each department: made on first need, rotated on request, never deleted so
 * that every license signed by an old key stays verifiable. Public keys are immutable once
 * written, so they are cached forever by key id; private keys are opened from their sealed form.
 */
@UseCase
public class DepartmentKeys {

    private static final Logger log = LoggerFactory.getLogger(DepartmentKeys.class);

    private final SigningKeyStore keys;
    private final KeyVault vault;
    private final Clock clock;
    private final Map<String, PublicKey> publicKeys = new ConcurrentHashMap<>();
    private final Map<String, PrivateKey> privateKeys = new ConcurrentHashMap<>();

    DepartmentKeys(SigningKeyStore keys, LicenseSettings settings, Clock clock) {
        this.keys = keys;
        this.vault = KeyVault.fromBase64(settings.masterKey());
        this.clock = clock;
    }

    /** A key ready to sign: its id and private key. */
    public record ActiveKey(String keyId, PrivateKey privateKey) {}

    /** The department's current key, made on first use. */
    public ActiveKey activeKey(String department) {
        SigningKeyDocument current = keys.current(department).orElseGet(() -> create(department, 1, "system"));
        PrivateKey key = privateKeys.computeIfAbsent(
                current.id(), id -> Sm2.privateKey(vault.open(current.sealedPrivateKey(), id)));
        return new ActiveKey(current.id(), key);
    }

    /** Signs {@code data} with the department's current key. */
    public Signed sign(String department, byte[] data) {
        ActiveKey key = activeKey(department);
        return new Signed(key.keyId(), Sm2.sign(key.privateKey(), data));
    }

    /** A signature and the id of the key that made it. */
    public record Signed(String keyId, byte[] signature) {}

    /** The public key of {@code keyId}, if such a key was ever published. */
    public Optional<PublicKey> publicKey(String keyId) {
        if (keyId == null) {
            return Optional.empty();
        }
        PublicKey cached = publicKeys.get(keyId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<SigningKeyDocument> stored = keys.find(keyId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        SigningKeyDocument key = stored.get();
        PublicKey publicKey = Sm2.publicKey(Base64.getDecoder().decode(key.publicKey()));
        publicKeys.put(keyId, publicKey);
        return Optional.of(publicKey);
    }

    /** Retires the department's current key and makes the next generation its signing key. */
    public PublishedKey rotate(String department, String by) {
        SigningKeyDocument current = keys.current(department).orElse(null);
        int next = current == null ? 1 : current.generation() + 1;
        SigningKeyDocument created = create(department, next, by);
        if (current != null) {
            keys.retire(current.id(), clock.instant());
        }
        log.info("Signing key of {} rotated to {} by {}", department, created.id(), by);
        return created.published();
    }

    /** Every key ever made, newest first per department: what verifiers need. */
    public List<PublishedKey> published() {
        return keys.all().stream().map(SigningKeyDocument::published).toList();
    }

    public PublishedKey published(String keyId) {
        return keys.find(keyId)
                .map(SigningKeyDocument::published)
                .orElseThrow(() -> new NotFoundException("signing-key", keyId));
    }

    private SigningKeyDocument create(String department, int generation, String by) {
        String keyId = department + "-k" + generation;
        KeyPair pair = Sm2.generateKeyPair();
        SigningKeyDocument key = new SigningKeyDocument(
                keyId,
                department,
                generation,
                Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()),
                vault.seal(pair.getPrivate().getEncoded(), keyId),
                clock.instant(),
                by,
                null);
        // Another instance may make this generation first: then theirs is used.
        return keys.addOrExisting(key);
    }
}
