package io.onewindow.elicense.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.elicense.signing.domain.Sm2;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class QrPayloadTest {

    static final String IDENTIFIER = "1.2.156.3005.2.11100000000013338W001.11440113MB2C000057.2026000001.001.D";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final KeyPair keys = Sm2.generateKeyPair();

    static String signedPayload(KeyPair keys, Instant madeAt) {
        String digest = QrPayload.digestOf("canonical".getBytes(StandardCharsets.UTF_8));
        String text = QrPayload.signedText(
                IDENTIFIER, "market-regulation-k1", "VALID", madeAt, SHANGHAI, LocalDate.of(2031, 3, 1), digest);
        return QrPayload.signed(text, Sm2.sign(keys.getPrivate(), text.getBytes(StandardCharsets.UTF_8)))
                .encode();
    }

    private String signedPayload() {
        return signedPayload(keys, Instant.parse("2026-03-02T02:00:00.789Z"));
    }

    @Test
    void statesWhenItWasMadeInRfc3339WithTheServiceOffsetAndStaysCompact() {
        String text = signedPayload();
        assertThat(text)
                .startsWith("OWL2|" + IDENTIFIER + "|market-regulation-k1|VALID|2026-03-02T10:00:00+08:00|2031-03-01|")
                .hasSizeLessThan(400);
        QrPayload parsed = QrPayload.parse(text).orElseThrow();
        assertThat(parsed.format()).isEqualTo("OWL2");
        assertThat(parsed.status()).isEqualTo("VALID");
        assertThat(parsed.madeAt()).isEqualTo(OffsetDateTime.parse("2026-03-02T10:00:00+08:00"));
        assertThat(parsed.asOf()).isEqualTo(Instant.parse("2026-03-02T02:00:00Z"));
        assertThat(parsed.encode()).isEqualTo(text);
    }

    @Test
    void isVerifiableOfflineWithThePublicKeyAlone() {
        QrPayload parsed = QrPayload.parse(signedPayload()).orElseThrow();
        assertThat(Sm2.verify(keys.getPublic(), parsed.signedPart(), parsed.signature()))
                .isTrue();
    }

    @Test
    void aChangedStatusOrMomentNoLongerVerifies() {
        for (String forged : java.util.List.of(
                signedPayload().replace("|VALID|", "|REVOKED|"),
                signedPayload().replace("T10:00:00+08:00", "T11:00:00+08:00"),
                // The same instant written another way is still another text: the signature covers the text.
                signedPayload().replace("2026-03-02T10:00:00+08:00", "2026-03-02T02:00:00Z"))) {
            QrPayload parsed = QrPayload.parse(forged).orElseThrow();
            assertThat(Sm2.verify(keys.getPublic(), parsed.signedPart(), parsed.signature()))
                    .as(forged)
                    .isFalse();
        }
    }

    @Test
    void aPayloadOfTheFirstFormatIsStillReadWithItsMomentInEpochSeconds() {
        String signed = "OWL1|" + IDENTIFIER + "|market-regulation-k1|VALID|1772416800|2031-03-01|"
                + QrPayload.digestOf("canonical".getBytes(StandardCharsets.UTF_8));
        String text = signed + "|"
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(Sm2.sign(keys.getPrivate(), signed.getBytes(StandardCharsets.UTF_8)));
        QrPayload parsed = QrPayload.parse(text).orElseThrow();
        assertThat(parsed.format()).isEqualTo("OWL1");
        assertThat(parsed.asOf()).isEqualTo(Instant.parse("2026-03-02T02:00:00Z"));
        assertThat(Sm2.verify(keys.getPublic(), parsed.signedPart(), parsed.signature()))
                .isTrue();
    }

    @Test
    void malformedPayloadsParseToNothing() {
        String text = signedPayload();
        assertThat(QrPayload.parse(text.substring(0, text.lastIndexOf('|')))).isEmpty();
        assertThat(QrPayload.parse("OWL3" + text.substring(4))).isEmpty();
        assertThat(QrPayload.parse(text.replace("2026-03-02T10:00:00+08:00", "2026-03-02 10:00")))
                .isEmpty();
        assertThat(QrPayload.parse(text.replace("2026-03-02T10:00:00+08:00", "1772416800")))
                .isEmpty();
        assertThat(QrPayload.parse("")).isEmpty();
        assertThat(QrPayload.parse(null)).isEmpty();
        assertThat(QrPayload.parse("x".repeat(5000))).isEmpty();
    }
}
