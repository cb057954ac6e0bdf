package io.onewindow.supervision.casefile;

import io.onewindow.supervision.config.SupervisionSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The key that signs every case dossier (案卷): an EC P-256 key with its X.509 certificate, from
 * {@code onewindow.supervision.dossier.signing.*} (production: a Secret). When neither is set (the
 * local run, tests) a key and a self-signed certificate are made at start-up; they live as long as
 * the process, so a dossier signed by a dev instance cannot be verified after its restart.
 *
 * <p>It signs the JSON dossier as a detached JWS (RFC 7515 appendix F, ES256, the certificate in
 * {@code x5c}) and the PDF with a detached CMS/PKCS#7 signature (SHA-256 with ECDSA).
 */
@Component
class DossierSigningKey {

    private static final Logger log = LoggerFactory.getLogger(DossierSigningKey.class);
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final String keyId;
    private final PrivateKey privateKey;
    private final X509Certificate certificate;

    DossierSigningKey(SupervisionSettings settings, Clock clock) {
        SupervisionSettings.Signing signing = settings.dossier().signing();
        this.keyId = signing.keyId();
        try {
            if (signing.privateKey().isBlank() || signing.certificate().isBlank()) {
                if (!signing.privateKey().isBlank() || !signing.certificate().isBlank()) {
                    throw new IllegalStateException("onewindow.supervision.dossier.signing: set both the private key"
                            + " and the certificate, or neither");
                }
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"));
                KeyPair pair = generator.generateKeyPair();
                this.privateKey = pair.getPrivate();
                this.certificate = selfSigned(pair, clock.instant());
                log.warn("Dossier signing key made at start-up (onewindow.supervision.dossier.signing.* not set):"
                        + " for the local run only");
            } else {
                this.privateKey = KeyFactory.getInstance("EC")
                        .generatePrivate(
                                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(signing.privateKey())));
                this.certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(
                                new ByteArrayInputStream(Base64.getDecoder().decode(signing.certificate())));
            }
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("dossier signing key cannot be loaded", e);
        }
    }

    String keyId() {
        return keyId;
    }

    X509Certificate certificate() {
        return certificate;
    }

    /** The certificate, base64 of its DER form (as in {@code x5c}). */
    String certificateBase64() {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A detached JWS over {@code payload}: {@code <protected header>..<signature>}, the header
     * {@code {"alg":"ES256","kid":…,"x5c":[…]}} and the signature over
     * {@code BASE64URL(header) || '.' || BASE64URL(payload)}.
     */
    String detachedJws(byte[] payload) {
        String header = "{\"alg\":\"ES256\",\"kid\":\"" + keyId + "\",\"x5c\":[\"" + certificateBase64() + "\"]}";
        String protectedHeader = URL.encodeToString(header.getBytes(StandardCharsets.UTF_8));
        String input = protectedHeader + "." + URL.encodeToString(payload);
        try {
            Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
            es256.initSign(privateKey);
            es256.update(input.getBytes(StandardCharsets.US_ASCII));
            return protectedHeader + ".." + URL.encodeToString(es256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("dossier cannot be signed", e);
        }
    }

    /** A detached CMS/PKCS#7 SignedData over {@code content}, with the certificate, DER-encoded. */
    byte[] cms(byte[] content) {
        try {
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(privateKey);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                            .build(signer, certificate));
            generator.addCertificates(new JcaCertStore(List.of(certificate)));
            return generator
                    .generate(new CMSProcessableByteArray(content), false)
                    .getEncoded();
        } catch (OperatorCreationException | CMSException | GeneralSecurityException e) {
            throw new IllegalStateException("dossier PDF cannot be signed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static X509Certificate selfSigned(KeyPair pair, Instant now)
            throws OperatorCreationException, GeneralSecurityException {
        X500Name name = new X500Name("CN=OneWindow supervision dossier signing (local run),O=OneWindow");
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                name,
                BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(3650))),
                name,
                pair.getPublic());
        ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }
}
