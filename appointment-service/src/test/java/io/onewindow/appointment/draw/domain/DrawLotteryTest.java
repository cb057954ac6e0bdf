package io.onewindow.appointment.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The draw's algorithm at its edges: places and entries, re-runs, seeds. */
class DrawLotteryTest {

    /** Bytes 0x00..0x1f. */
    static final String SEED = HexFormat.of().formatHex(bytes());

    static byte[] bytes() {
        byte[] seed = new byte[32];
        for (int i = 0; i < 32; i++) {
            seed[i] = (byte) i;
        }
        return seed;
    }

    static List<String> ids(int n) {
        return IntStream.range(0, n).mapToObj(i -> "entry-" + (char) ('a' + i)).toList();
    }

    static List<String> order(String seed, List<String> ids) {
        return DrawLottery.rank(seed, ids).stream()
                .map(DrawLottery.Ranked::entryId)
                .toList();
    }

    @Test
    void matchesAnIndependentComputation() {
        // Computed with Python's hmac/hashlib from the published description, not with this code.
        assertThat(DrawLottery.commitmentOf(SEED))
                .isEqualTo("630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd");
        assertThat(order(SEED, ids(5))).containsExactly("entry-c", "entry-e", "entry-a", "entry-d", "entry-b");
        assertThat(DrawLottery.rankOf(SEED, "entry-c"))
                .isEqualTo("197514a9583675ec65603678bbb46b8f35522794c2913061deb82bd7b6f8aa75");
    }

    @Test
    void fewerEntriesThanPlacesAllWin() {
        List<String> ranking = order(SEED, ids(3));
        assertThat(DrawLottery.winners(ranking, 5, Set.of())).containsExactlyInAnyOrderElementsOf(ids(3));
    }

    @Test
    void asManyEntriesAsPlacesAllWin() {
        List<String> ranking = order(SEED, ids(5));
        assertThat(DrawLottery.winners(ranking, 5, Set.of())).containsExactlyElementsOf(ranking);
    }

    @Test
    void moreEntriesThanPlacesTheLowestRanksWin() {
        List<String> ranking = order(SEED, ids(5));
        assertThat(DrawLottery.winners(ranking, 2, Set.of())).containsExactly("entry-c", "entry-e");
        assertThat(DrawLottery.winners(ranking, 0, Set.of())).isEmpty();
    }

    @Test
    void aSkippedWinnerGivesThePlaceToTheNextInRank() {
        List<String> ranking = order(SEED, ids(5));
        assertThat(DrawLottery.winners(ranking, 2, Set.of("entry-e"))).containsExactly("entry-c", "entry-a");
    }

    @Test
    void aReRunFromThePublishedSeedAndEntriesGivesTheSameOrderWhateverTheOrderGiven() {
        List<String> entries = new ArrayList<>(ids(20));
        List<String> first = order(SEED, entries);
        Collections.shuffle(entries);
        assertThat(order(SEED, entries)).isEqualTo(first);
        assertThat(order(SEED, entries)).isEqualTo(first);
        // Duplicates in the list do not weigh twice.
        entries.add(entries.get(0));
        assertThat(order(SEED, entries)).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesAnotherOrder() {
        String other = DrawLottery.newSeed(new SecureRandom());
        assertThat(other).hasSize(64).isNotEqualTo(SEED);
        assertThat(order(other, ids(20))).isNotEqualTo(order(SEED, ids(20)));
        assertThat(DrawLottery.commitmentOf(other)).isNotEqualTo(DrawLottery.commitmentOf(SEED));
    }

    @Test
    void aSeedIsExactlyThirtyTwoBytes() {
        assertThatThrownBy(() -> DrawLottery.commitmentOf(SEED.substring(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DrawLottery.rankOf(SEED + "00", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
