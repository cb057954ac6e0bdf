package io.onewindow.elicense.signing.domain;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts department private keys at rest with AES-256-GCM under the configured master key.
 * The key id is the associated data, so a ciphertext moved onto another key record fails to
 * decrypt instead of silently signing under the wrong id. Stored form:
 * {@code base64(12-byte nonce || ciphertext || tag)}.
 */
public final class KeyVault {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec masterKey;

    /** @param masterKey 32 bytes */
    public KeyVault(byte[] masterKey) {
        if (masterKey == null || masterKey.length != 32) {
            throw new IllegalArgumentException("the license master key must be 32 bytes (base64 of 32 bytes)");
        }
        this.masterKey = new SecretKeySpec(masterKey.clone(), "AES");
    }

    /** A vault from the base64 setting. */
    public static KeyVault fromBase64(String masterKeyBase64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(masterKeyBase64 == null ? "" : masterKeyBase64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the license master key must be base64", e);
        }
        return new KeyVault(key);
    }

    public String seal(byte[] secret, String keyId) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, masterKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(keyId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret);
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Decrypts; throws {@link IllegalStateException} for a wrong master key or tampered record. */
    public byte[] open(String sealed, String keyId) {
        try {
            byte[] in = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, masterKey, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(keyId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("private key " + keyId + " does not open with this master key", e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("private key " + keyId + " is not readable", e);
        }
    }
}
