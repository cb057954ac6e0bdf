package io.onewindow.appointment.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.events.appointment.DrawHeld;
import io.onewindow.platform.events.appointment.DrawSeedCommitted;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A draw's life: committed only before its window, claimed by one holder after it, the seed revealed at the end. */
class DrawTest {

    static final Instant OPENS = Instant.parse("2026-12-01T00:00:00Z");
    static final FairRelease.Window WINDOW = new FairRelease.Window(OPENS, OPENS.plusSeconds(60));
    static final Draw.Slot SLOT = new Draw.Slot(
            "hall|RE-TRANSFER-REG|2026-12-08T09:00",
            "hall",
            "RE-TRANSFER-REG",
            LocalDate.of(2026, 12, 8),
            Instant.parse("2026-12-08T01:00:00Z"));
    static final Duration TIMEOUT = Duration.ofMinutes(2);

    static Draw committed() {
        Draw draw = Draw.commit(SLOT, WINDOW, DrawLottery.newSeed(new SecureRandom()), OPENS.minusNanos(1));
        draw.pullEvents();
        return draw;
    }

    @Test
    void theSeedIsCommittedBeforeTheWindowAndKeptSecret() {
        String seed = DrawLottery.newSeed(new SecureRandom());
        Draw draw = Draw.commit(SLOT, WINDOW, seed, OPENS.minusSeconds(3600));
        assertThat(draw.status()).isEqualTo(DrawStatus.COMMITTED);
        assertThat(draw.commitment()).isEqualTo(DrawLottery.commitmentOf(seed));
        assertThat(draw.revealedSeed()).isNull();
        assertThat(draw.pullEvents()).singleElement().isInstanceOfSatisfying(DrawSeedCommitted.class, e -> {
            assertThat(e.commitment()).isEqualTo(DrawLottery.commitmentOf(seed));
            assertThat(e.toString()).doesNotContain(seed);
            assertThat(e.windowOpens()).isEqualTo(OPENS);
            assertThat(e.windowCloses()).isEqualTo(OPENS.plusSeconds(60));
        });
    }

    @Test
    void noSeedIsCommittedOnceTheWindowHasOpened() {
        assertThatThrownBy(() -> Draw.commit(SLOT, WINDOW, DrawLottery.newSeed(new SecureRandom()), OPENS))
                .isInstanceOf(IllegalStateException.class);
        Draw firstCome = Draw.firstCome(SLOT, WINDOW, OPENS);
        assertThat(firstCome.takesEntriesAt(OPENS)).isFalse();
        assertThat(firstCome.isPending()).isFalse();
        assertThat(firstCome.claim("a", WINDOW.closes(), TIMEOUT)).isFalse();
        assertThat(firstCome.pendingEvents()).isEmpty();
    }

    @Test
    void entriesAreTakenOnlyWithinTheWindow() {
        Draw draw = committed();
        assertThat(draw.takesEntriesAt(OPENS.minusNanos(1))).isFalse();
        assertThat(draw.takesEntriesAt(OPENS)).isTrue();
        assertThat(draw.takesEntriesAt(WINDOW.closes().minusNanos(1))).isTrue();
        assertThat(draw.takesEntriesAt(WINDOW.closes())).isFalse();
    }

    @Test
    void oneHolderClaimsAfterTheWindowAnotherOnlyOnceTheClaimIsStale() {
        Draw draw = committed();
        assertThat(draw.claim("a", WINDOW.closes().minusNanos(1), TIMEOUT)).isFalse();
        assertThat(draw.status()).isEqualTo(DrawStatus.COMMITTED);
        assertThat(draw.claim("a", WINDOW.closes(), TIMEOUT)).isTrue();
        assertThatThrownBy(() -> draw.claim("b", WINDOW.closes().plus(TIMEOUT).minusNanos(1), TIMEOUT))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "draw-being-held");
        assertThat(draw.claim("b", WINDOW.closes().plus(TIMEOUT), TIMEOUT)).isTrue();
        assertThat(draw.holder()).isEqualTo("b");
        // The holder taken over cannot complete any more.
        Draw.Result result = new Draw.Result(1, List.of("x"), List.of("x"), List.of("x"), List.of(), OPENS);
        assertThatThrownBy(() -> draw.complete("a", result))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "draw-being-held");
    }

    @Test
    void completingRevealsTheSeedAndPublishesWhatARerunNeeds() {
        Draw draw = committed();
        draw.claim("a", WINDOW.closes(), TIMEOUT);
        List<String> entries = List.of("e1", "e2", "e3");
        List<String> ranking = DrawLottery.rank(draw.seed(), entries).stream()
                .map(DrawLottery.Ranked::entryId)
                .toList();
        draw.complete("a", new Draw.Result(2, entries, ranking, ranking.subList(0, 2), List.of(), WINDOW.closes()));
        assertThat(draw.status()).isEqualTo(DrawStatus.DRAWN);
        assertThat(draw.revealedSeed()).isEqualTo(draw.seed());
        DrawHeld held = (DrawHeld) draw.pullEvents().get(0);
        assertThat(DrawLottery.commitmentOf(held.seed())).isEqualTo(held.commitment());
        assertThat(DrawLottery.winners(
                        DrawLottery.rank(held.seed(), held.entryIds()).stream()
                                .map(DrawLottery.Ranked::entryId)
                                .toList(),
                        held.places(),
                        held.skipped()))
                .isEqualTo(held.winners());
        assertThat(draw.claim("b", WINDOW.closes().plus(TIMEOUT), TIMEOUT)).isFalse();
    }
}
