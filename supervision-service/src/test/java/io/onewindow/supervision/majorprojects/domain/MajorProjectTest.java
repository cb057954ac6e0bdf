package io.onewindow.supervision.majorprojects.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.events.supervision.MajorProjectFlagged;
import io.onewindow.platform.events.supervision.MajorProjectUnflagged;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MajorProjectTest {

    private static final Instant MARCH_2 = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant MARCH_3 = Instant.parse("2026-03-03T02:00:00Z");
    private static final Instant MARCH_4 = Instant.parse("2026-03-04T02:00:00Z");

    private static MajorProject flagged() {
        return MajorProject.flag("c1", "market-regulation", "inspector1", "district key project", MARCH_2);
    }

    @Test
    void aFlagRecordsWhoWhenAndWhyAndIsAnnounced() {
        MajorProject project = flagged();
        assertThat(project.flagged()).isTrue();
        assertThat(project.flaggedBy()).isEqualTo("inspector1");
        assertThat(project.reason()).isEqualTo("district key project");
        assertThat(project.pendingEvents())
                .containsExactly(new MajorProjectFlagged("c1", "market-regulation", "inspector1", MARCH_2));
    }

    @Test
    void refusesToFlagACaseFlaggedAlready() {
        MajorProject project = flagged();
        assertThatThrownBy(() -> project.flagAgain("inspector2", "again", MARCH_3))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "major-project.flagged");
    }

    @Test
    void refusesToUnflagACaseNotFlagged() {
        MajorProject project = flagged();
        project.unflag("inspector1", "done", MARCH_3);
        assertThatThrownBy(() -> project.unflag("inspector1", "again", MARCH_4))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "major-project.not-flagged");
    }

    @Test
    void refusesAFlagWithoutReason() {
        assertThatThrownBy(() -> MajorProject.flag("c1", null, "inspector1", " ", MARCH_2))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void isWatchedOnlyWhileTheFlagIsOn() {
        MajorProject project = flagged();
        project.unflag("inspector1", "done", MARCH_3);
        project.flagAgain("inspector2", "back on the list", MARCH_4);
        assertThat(project.watchedAt(MARCH_2.minusSeconds(1))).isFalse();
        assertThat(project.watchedAt(MARCH_2)).isTrue();
        assertThat(project.watchedAt(MARCH_3.plusSeconds(1))).isFalse();
        assertThat(project.watchedAt(MARCH_4.plusSeconds(1))).isTrue();
        assertThat(project.history()).extracting(MajorProjectChange::flagged).containsExactly(true, false, true);
        assertThat(project.pendingEvents()).hasSize(3).element(1).isInstanceOf(MajorProjectUnflagged.class);
    }
}
