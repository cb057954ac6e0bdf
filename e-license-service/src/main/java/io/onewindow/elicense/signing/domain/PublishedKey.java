package io.onewindow.elicense.signing.domain;

import java.time.Instant;

/**
 * A department's public key as published at {@code /api/licenses/public/keys}.
 *
 * @param keyId the id licenses and QR payloads name
 * @param department the department that signs with it
 * @param algorithm {@code SM3withSM2}
 * @param curve {@code sm2p256v1}
 * @param userId the SM2 signer id used for Z ({@code 1234567812345678})
 * @param publicKey the key as base64 X.509 SubjectPublicKeyInfo (DER)
 * @param createdAt when it was made
 * @param retiredAt when it stopped signing new licenses, {@code null} while current; retired keys still verify
 */
public record PublishedKey(
        String keyId,
        String department,
        String algorithm,
        String curve,
        String userId,
        String publicKey,
        Instant createdAt,
        Instant retiredAt) {

    /** A key as published: its SM2 parameters are the ones {@link Sm2} signs with. */
    public static PublishedKey sm2(
            String keyId, String department, String publicKey, Instant createdAt, Instant retiredAt) {
        return new PublishedKey(
                keyId, department, Sm2.ALGORITHM, Sm2.CURVE, Sm2.DEFAULT_USER_ID, publicKey, createdAt, retiredAt);
    }
}
