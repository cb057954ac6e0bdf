package io.onewindow.elicense.license;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The license signatures this instance found valid, by the SHA-256 of key id, canonical content
 * and signature: a bounded set (when it holds {@code capacity} entries it starts again empty, so
 * memory stays bounded and the next verifications simply do the SM2 check once more). Capacity 0
 * remembers nothing.
 */
final class VerifiedSignatures {

    private final int capacity;
    private final Set<String> outcomes = ConcurrentHashMap.newKeySet();

    VerifiedSignatures(int capacity) {
        this.capacity = capacity;
    }

    /** The key of "signature {@code der} over {@code canonical} under key {@code keyId}". */
    String keyOf(String keyId, byte[] canonical, byte[] der) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        byte[] id = String.valueOf(keyId).getBytes(StandardCharsets.UTF_8);
        // Lengths first, so that no two different triples give the same input.
        sha256.update(lengthOf(id));
        sha256.update(id);
        sha256.update(lengthOf(canonical));
        sha256.update(canonical);
        sha256.update(der);
        return Base64.getEncoder().withoutPadding().encodeToString(sha256.digest());
    }

    boolean contains(String key) {
        return capacity > 0 && outcomes.contains(key);
    }

    void add(String key) {
        if (capacity <= 0) {
            return;
        }
        if (outcomes.size() >= capacity) {
            outcomes.clear();
        }
        outcomes.add(key);
    }

    int size() {
        return outcomes.size();
    }

    private static byte[] lengthOf(byte[] bytes) {
        int n = bytes.length;
        return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
    }
}
