package io.onewindow.elicense.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VerifiedSignaturesTest {

    private static final byte[] CONTENT = "license content".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SIGNATURE = {1, 2, 3, 4};

    @Test
    void aRememberedOutcomeIsFoundOnlyForTheSameKeyContentAndSignature() {
        VerifiedSignatures verified = new VerifiedSignatures(10);
        String key = verified.keyOf("mr-k1", CONTENT, SIGNATURE);
        verified.add(key);

        assertThat(verified.contains(verified.keyOf("mr-k1", CONTENT, SIGNATURE)))
                .isTrue();
        assertThat(verified.contains(verified.keyOf("mr-k2", CONTENT, SIGNATURE)))
                .isFalse();
        assertThat(verified.contains(
                        verified.keyOf("mr-k1", "license content!".getBytes(StandardCharsets.UTF_8), SIGNATURE)))
                .isFalse();
        assertThat(verified.contains(verified.keyOf("mr-k1", CONTENT, new byte[] {1, 2, 3, 5})))
                .isFalse();
    }

    @Test
    void partsThatMoveBetweenFieldsGiveAnotherKey() {
        VerifiedSignatures verified = new VerifiedSignatures(10);
        assertThat(verified.keyOf("ab", "c".getBytes(StandardCharsets.UTF_8), SIGNATURE))
                .isNotEqualTo(verified.keyOf("a", "bc".getBytes(StandardCharsets.UTF_8), SIGNATURE));
    }

    @Test
    void theSetStaysWithinItsCapacityAndZeroRemembersNothing() {
        VerifiedSignatures verified = new VerifiedSignatures(3);
        for (int i = 0; i < 10; i++) {
            verified.add(verified.keyOf("k" + i, CONTENT, SIGNATURE));
            assertThat(verified.size()).isLessThanOrEqualTo(3);
        }
        VerifiedSignatures off = new VerifiedSignatures(0);
        String key = off.keyOf("k", CONTENT, SIGNATURE);
        off.add(key);
        assertThat(off.contains(key)).isFalse();
        assertThat(off.size()).isZero();
    }
}
