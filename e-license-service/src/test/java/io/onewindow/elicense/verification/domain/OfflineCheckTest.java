package io.onewindow.elicense.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.elicense.signing.domain.Sm2;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class OfflineCheckTest {

    private static final Instant MADE = Instant.parse("2026-03-02T02:00:00Z");

    private final KeyPair keys = Sm2.generateKeyPair();
    private final QrLink link = QrLink.of("https://api.onewindow.example/api/licenses/public/verify");
    private final OfflineCheck check = new OfflineCheck(link, Duration.ofDays(30));
    private final Function<String, Optional<PublicKey>> published =
            keyId -> "market-regulation-k1".equals(keyId) ? Optional.of(keys.getPublic()) : Optional.empty();
    private final String payload = QrPayloadTest.signedPayload(keys, MADE);

    @Test
    void aScannedAddressVerifiesWithThePublishedKeyAndReportsWhenItWasMade() {
        OfflineCheck.Outcome outcome = check.check(link.linkTo(payload), published, MADE.plus(Duration.ofDays(3)));
        assertThat(outcome.signed()).isTrue();
        assertThat(outcome.payload().status()).isEqualTo("VALID");
        assertThat(outcome.payload().madeAt()).isEqualTo(OffsetDateTime.parse("2026-03-02T10:00:00+08:00"));
        assertThat(outcome.age()).isEqualTo(Duration.ofDays(3));
        assertThat(outcome.warnings()).isEmpty();
        assertThat(check.check(payload, published, MADE).signed()).isTrue();
    }

    @Test
    void warnsOnlyPastTheMaximumAge() {
        assertThat(check.check(payload, published, MADE.plus(Duration.ofDays(30)))
                        .warnings())
                .isEmpty();
        OfflineCheck.Outcome old =
                check.check(payload, published, MADE.plus(Duration.ofDays(30)).plusSeconds(1));
        assertThat(old.signed()).isTrue();
        assertThat(old.warnings()).containsExactly(OfflineCheck.TOO_OLD);
    }

    @Test
    void warnsOfAPayloadMadeAfterTheCheckBeyondClockSkew() {
        assertThat(check.check(payload, published, MADE.minus(Duration.ofMinutes(5)))
                        .warnings())
                .isEmpty();
        assertThat(check.check(payload, published, MADE.minus(Duration.ofMinutes(6)))
                        .warnings())
                .containsExactly(OfflineCheck.FROM_THE_FUTURE);
    }

    @Test
    void refusesATamperedPayloadAnUnknownKeyAForeignAddressAndGarbage() {
        assertThat(check.check(payload.replace("|VALID|", "|REVOKED|"), published, MADE)
                        .reason())
                .isEqualTo("payload-signature");
        assertThat(check.check(payload.replace("|market-regulation-k1|", "|market-regulation-k9|"), published, MADE)
                        .reason())
                .isEqualTo("payload-signature");
        assertThat(check.check(link.linkTo(payload).replace("api.onewindow", "evil"), published, MADE)
                        .reason())
                .isEqualTo("foreign-address");
        assertThat(check.check("garbage", published, MADE).reason()).isEqualTo("malformed-payload");
        assertThat(check.check("", published, MADE).reason()).isEqualTo("malformed-payload");
    }
}
