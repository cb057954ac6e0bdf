package io.onewindow.elicense.signing.domain;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import org.bouncycastle.jcajce.spec.SM2ParameterSpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * SM2 signatures with SM3 (GB/T 32918, GB/T 38540 seals) on curve {@code sm2p256v1} through
 * BouncyCastle, with the default signer id {@code 1234567812345678} (GB/T 35276) set explicitly
 * so that other verifiers computing Z with the default id agree. Signatures are DER-encoded.
 */
public final class Sm2 {

    public static final String CURVE = "sm2p256v1";
    public static final String ALGORITHM = "SM3withSM2";
    public static final String DEFAULT_USER_ID = "1234567812345678";

    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Sm2() {}

    public static KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", PROVIDER);
            generator.initialize(new ECGenParameterSpec(CURVE), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM2 key generation is not available", e);
        }
    }

    public static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature signature = signature();
            signature.initSign(key, RANDOM);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM2 signing failed", e);
        }
    }

    /** Whether {@code signature} is a valid SM2 signature of {@code data}; never throws for bad input. */
    public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        if (key == null || data == null || signature == null) {
            return false;
        }
        try {
            Signature verifier = signature();
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            // A truncated or garbled DER signature is simply not a valid signature.
            return false;
        }
    }

    public static PublicKey publicKey(byte[] x509) {
        try {
            return KeyFactory.getInstance("EC", PROVIDER).generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an SM2 public key", e);
        }
    }

    public static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("EC", PROVIDER).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an SM2 private key", e);
        }
    }

    private static Signature signature() throws GeneralSecurityException {
        Signature signature = Signature.getInstance(ALGORITHM, PROVIDER);
        signature.setParameter(
                new SM2ParameterSpec(DEFAULT_USER_ID.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        return signature;
    }
}
