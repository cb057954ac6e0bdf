package io.onewindow.notification.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    static final SigningSecret SECRET = new SigningSecret("dGVzdC1zZWNyZXQtb2YtdGhlLXBhcnRuZXItMzItYnl0ZXM");
    static final SigningSecret OLD = new SigningSecret("b2xkLXNlY3JldC1vZi10aGUtcGFydG5lci0zMi1ieXRlcw");
    static final byte[] BODY = "{\"caseId\":\"case-1\",\"department\":\"tax\"}".getBytes(StandardCharsets.UTF_8);
    static final Instant AT = Instant.ofEpochSecond(1772413200L);

    @Test
    void theSignatureIsTheHmacOfTimestampDotBodyAsOpensslComputesIt() {
        // printf '%s' '1772413200.{"caseId":"case-1","department":"tax"}' | openssl dgst -sha256 -hmac '<secret>'
        assertThat(WebhookSignature.header(List.of(SECRET), AT, BODY))
                .isEqualTo("t=1772413200,v1=b05cf1a7003a60f88e718f4c01229dd92199a1bfacad093d470a7f641a1b68a7");
    }

    @Test
    void theSignatureIsWhatJavaxCryptoComputesOnItsOwn() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.value().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] signed = mac.doFinal(
                ("1772413200." + new String(BODY, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        assertThat(WebhookSignature.hmac(SECRET, 1772413200L, BODY))
                .isEqualTo(HexFormat.of().formatHex(signed));
    }

    @Test
    void duringARotationBothSecretsSignTheNewOneFirst() {
        String header = WebhookSignature.header(List.of(SECRET, OLD), AT, BODY);
        assertThat(header)
                .isEqualTo("t=1772413200,v1=" + WebhookSignature.hmac(SECRET, 1772413200L, BODY) + ",v1="
                        + WebhookSignature.hmac(OLD, 1772413200L, BODY));
        assertThat(WebhookSignature.verify(header, OLD, BODY, AT, Duration.ofMinutes(5)))
                .isTrue();
        assertThat(WebhookSignature.verify(header, SECRET, BODY, AT, Duration.ofMinutes(5)))
                .isTrue();
    }

    @Test
    void aPartnerRefusesAnotherSecretAChangedBodyAndAStaleTimestamp() {
        String header = WebhookSignature.header(List.of(SECRET), AT, BODY);
        Duration window = Duration.ofMinutes(5);
        assertThat(WebhookSignature.verify(header, SECRET, BODY, AT.plus(window), window))
                .isTrue();
        assertThat(WebhookSignature.verify(header, SECRET, BODY, AT.plus(window).plusSeconds(1), window))
                .isFalse();
        assertThat(WebhookSignature.verify(header, OLD, BODY, AT, window)).isFalse();
        assertThat(WebhookSignature.verify(
                        header, SECRET, "{\"caseId\":\"case-2\"}".getBytes(StandardCharsets.UTF_8), AT, window))
                .isFalse();
        assertThat(WebhookSignature.verify(null, SECRET, BODY, AT, window)).isFalse();
        assertThat(WebhookSignature.verify("v1=abc", SECRET, BODY, AT, window)).isFalse();
    }

    @Test
    void aSecretIs32RandomBytesInBase64urlAndNeverPrinted() {
        SigningSecret secret = SigningSecret.generate(new java.util.Random(7));
        assertThat(secret.value()).matches("[A-Za-z0-9_-]{43}");
        assertThat(java.util.Base64.getUrlDecoder().decode(secret.value())).hasSize(32);
        assertThat(secret.toString()).doesNotContain(secret.value());
        assertThat(SigningSecret.generate(new java.util.Random(8)).value()).isNotEqualTo(secret.value());
    }
}
