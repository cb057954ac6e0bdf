package io.onewindow.elicense.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.elicense.signing.domain.Sm2;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QrPayloadTest {

    private final KeyPair keys = Sm2.generateKeyPair();

    private String signedPayload() {
        String digest = QrPayload.digestOf("canonical".getBytes(StandardCharsets.UTF_8));
        Instant asOf = Instant.parse("2026-03-02T02:00:00Z");
        byte[] part = QrPayload.signedPart(
                "1.2.156.3005.2.11100000000013338W001.11440113MB2C000057.2026000001.001.D",
                "market-regulation-k1",
                "VALID",
                asOf,
                LocalDate.of(2031, 3, 1),
                digest);
        return new QrPayload(
                        "1.2.156.3005.2.11100000000013338W001.11440113MB2C000057.2026000001.001.D",
                        "market-regulation-k1",
                        "VALID",
                        asOf,
                        LocalDate.of(2031, 3, 1),
                        digest,
                        Sm2.sign(keys.getPrivate(), part))
                .encode();
    }

    @Test
    void isCompactAndVerifiableOfflineWithThePublicKeyAlone() {
        String text = signedPayload();
        assertThat(text).startsWith("OWL1|").hasSizeLessThan(400);
        QrPayload parsed = QrPayload.parse(text).orElseThrow();
        assertThat(parsed.status()).isEqualTo("VALID");
        assertThat(parsed.asOf()).isEqualTo(Instant.parse("2026-03-02T02:00:00Z"));
        assertThat(Sm2.verify(keys.getPublic(), parsed.signedPart(), parsed.signature()))
                .isTrue();
    }

    @Test
    void aChangedStatusNoLongerVerifies() {
        String forged = signedPayload().replace("|VALID|", "|REVOKED|");
        QrPayload parsed = QrPayload.parse(forged).orElseThrow();
        assertThat(Sm2.verify(keys.getPublic(), parsed.signedPart(), parsed.signature()))
                .isFalse();
    }

    @Test
    void malformedPayloadsParseToNothing() {
        String text = signedPayload();
        assertThat(QrPayload.parse(text.substring(0, text.lastIndexOf('|')))).isEmpty();
        assertThat(QrPayload.parse("OWL2" + text.substring(4))).isEmpty();
        assertThat(QrPayload.parse(text.replaceFirst("\\|1772", "|x1772"))).isEmpty();
        assertThat(QrPayload.parse("")).isEmpty();
        assertThat(QrPayload.parse(null)).isEmpty();
        assertThat(QrPayload.parse("x".repeat(5000))).isEmpty();
    }
}
