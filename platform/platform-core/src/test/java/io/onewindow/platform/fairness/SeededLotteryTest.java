package io.onewindow.platform.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SeededLotteryTest {

    static final String SEED = "00".repeat(31) + "2a";

    @Test
    void theCommitmentAndTheRanksAreTheDocumentedHashes() throws Exception {
        byte[] seed = HexFormat.of().parseHex(SEED);
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(seed));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(seed, "HmacSHA256"));
        String hmac = HexFormat.of().formatHex(mac.doFinal("case-1".getBytes(StandardCharsets.UTF_8)));

        assertThat(SeededLottery.commitmentOf(SEED)).isEqualTo(sha);
        assertThat(SeededLottery.rankOf(SEED, "case-1")).isEqualTo(hmac);
    }

    @Test
    void theOrderIsByRankAndDoesNotDependOnTheOrderIdsAreGivenIn() {
        List<SeededLottery.Ranked> one = SeededLottery.rank(SEED, List.of("a", "b", "c", "d", "b"));
        List<SeededLottery.Ranked> other = SeededLottery.rank(SEED, List.of("d", "c", "b", "a"));

        assertThat(one).isEqualTo(other).hasSize(4);
        assertThat(one).extracting(SeededLottery.Ranked::rank).isSorted();
    }

    @Test
    void aSeedIsThirtyTwoBytes() {
        assertThat(SeededLottery.newSeed(new java.security.SecureRandom())).hasSize(64);
        assertThatThrownBy(() -> SeededLottery.commitmentOf("00")).isInstanceOf(IllegalArgumentException.class);
    }
}
