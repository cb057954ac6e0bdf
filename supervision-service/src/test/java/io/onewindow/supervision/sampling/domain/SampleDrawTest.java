package io.onewindow.supervision.sampling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SampleDrawTest {

    private static final String SEED = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private static final String OTHER_SEED = "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";
    private static final Instant AT = Instant.parse("2026-03-03T02:00:00Z");

    private static List<SampleCandidate> cases(String department, int n, boolean onTheSpot, boolean agent) {
        String prefix = department + (onTheSpot ? "-spot" : "") + (agent ? "-agent" : "") + "-";
        return IntStream.range(0, n)
                .mapToObj(i -> new SampleCandidate(prefix + i, department, "approver1", AT, onTheSpot, agent))
                .toList();
    }

    @Test
    void theCommitmentIsTheSha256OfTheSeedBytesAndTheRankItsHmac() {
        // SHA-256 of the 32 bytes 00 11 … ee ff 00 11 … ee ff, and HMAC-SHA256 with that key of "c1",
        // as computed independently (Python: hashlib.sha256(seed), hmac.new(seed, b"c1", sha256)).
        assertThat(SampleLottery.commitmentOf(SEED))
                .isEqualTo("4773d12e2371bb935b9a0f5439b4a1c3ad3f2414b86980f8418d1cfabdfadfef");
        assertThat(SampleLottery.rankOf(SEED, "c1"))
                .isEqualTo("1b1bcf3e6f9ea5a8f01332937791b732394c048ec62764d26f41f67f61518a4f");
        assertThat(SampleLottery.rankOf(OTHER_SEED, "c1")).isNotEqualTo(SampleLottery.rankOf(SEED, "c1"));
        assertThatThrownBy(() -> SampleLottery.commitmentOf("00ff")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDrawIsReproducibleFromItsSeedWhateverOrderTheCandidatesComeIn() {
        List<SampleCandidate> candidates = new ArrayList<>(cases("market-regulation", 40, false, false));
        candidates.addAll(cases("tax", 30, true, false));
        SamplingRates rates = new SamplingRates(10, 20, 20);
        List<String> first = ids(SampleDraw.draw(SEED, candidates, rates));

        List<SampleCandidate> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, new Random(7));
        assertThat(ids(SampleDraw.draw(SEED, shuffled, rates))).isEqualTo(first);
        assertThat(ids(SampleDraw.draw(OTHER_SEED, candidates, rates))).isNotEqualTo(first);
    }

    @Test
    void eachStratumIsDrawnAtItsRateFromTheTopOfTheLotteryOrder() {
        List<SampleCandidate> candidates = new ArrayList<>(cases("market-regulation", 40, false, false));
        candidates.addAll(cases("market-regulation", 10, true, false));
        candidates.addAll(cases("market-regulation", 10, false, true));
        List<SampleDraw.Drawn> drawn = SampleDraw.draw(SEED, candidates, new SamplingRates(10, 30, 20));

        assertThat(drawn.stream().filter(d -> d.stratum() == Stratum.BASE)).hasSize(4);
        assertThat(drawn.stream().filter(d -> d.stratum() == Stratum.ON_THE_SPOT))
                .hasSize(3);
        assertThat(drawn.stream().filter(d -> d.stratum() == Stratum.AGENT_FILED))
                .hasSize(2);
        assertThat(drawn).allMatch(d -> d.reason() == SampleDraw.Reason.RATE);
        // The base stratum's four are the four best ranks among the base cases.
        List<String> baseIds = cases("market-regulation", 40, false, false).stream()
                .map(SampleCandidate::caseId)
                .toList();
        List<String> best = SampleLottery.rank(SEED, baseIds).stream()
                .limit(4)
                .map(SampleLottery.Ranked::caseId)
                .toList();
        assertThat(drawn.stream()
                        .filter(d -> d.stratum() == Stratum.BASE)
                        .map(d -> d.candidate().caseId()))
                .containsExactlyElementsOf(best);
    }

    @Test
    void aCaseOnTheSpotAndAgentFiledIsDrawnAtTheHigherRate() {
        SampleCandidate both = new SampleCandidate("c1", "tax", "approver3", AT, true, true);
        assertThat(new SamplingRates(5, 20, 30).stratumOf(both)).isEqualTo(Stratum.AGENT_FILED);
        assertThat(new SamplingRates(5, 30, 20).stratumOf(both)).isEqualTo(Stratum.ON_THE_SPOT);
        assertThat(new SamplingRates(5, 20, 20).stratumOf(both)).isEqualTo(Stratum.ON_THE_SPOT);
        assertThat(new SamplingRates(50, 20, 20).stratumOf(both)).isEqualTo(Stratum.BASE);
        assertThatThrownBy(() -> new SamplingRates(101, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDepartmentWithDecidedCasesGetsAtLeastOneAndOneWithoutGetsNone() {
        // 19 cases at 5 %: ⌊0.95⌋ = 0 by rate, so one as the minimum; 20 cases: exactly one by rate.
        List<SampleCandidate> candidates = new ArrayList<>(cases("tax", 19, false, false));
        candidates.addAll(cases("housing", 20, false, false));
        List<SampleDraw.Drawn> drawn = SampleDraw.draw(SEED, candidates, new SamplingRates(5, 20, 20));

        assertThat(drawn).extracting(d -> d.candidate().department()).containsExactly("housing", "tax");
        assertThat(drawn.get(0).reason()).isEqualTo(SampleDraw.Reason.RATE);
        assertThat(drawn.get(1).reason()).isEqualTo(SampleDraw.Reason.MINIMUM);
        assertThat(drawn.get(1).candidate().caseId())
                .isEqualTo(SampleLottery.rank(
                                SEED,
                                cases("tax", 19, false, false).stream()
                                        .map(SampleCandidate::caseId)
                                        .toList())
                        .get(0)
                        .caseId());
        assertThat(SampleDraw.draw(SEED, List.of(), new SamplingRates(5, 20, 20)))
                .isEmpty();
    }

    @Test
    void aCaseGivenTwiceIsOneCandidate() {
        SampleCandidate c = new SampleCandidate("c1", "tax", "approver3", AT, false, false);
        assertThat(SampleDraw.draw(SEED, List.of(c, c), new SamplingRates(100, 100, 100)))
                .hasSize(1);
    }

    private static List<String> ids(List<SampleDraw.Drawn> drawn) {
        return drawn.stream().map(d -> d.candidate().caseId()).toList();
    }
}
