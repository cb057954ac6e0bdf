package io.onewindow.supervision.majorprojects;

import io.onewindow.platform.concurrency.Precondition;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.service.UseCase;
import io.onewindow.supervision.cases.CaseSupervision;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.majorprojects.domain.MajorProject;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;

/**
 * Major projects (重大项目): an inspector flags a known case for closer watch, or takes the flag off,
 * always with a reason. Flagging a case that is flagged already is refused (409
 * {@code major-project.flagged}), as is unflagging one that is not. The rules read the flag
 * ({@link #of}) to warn earlier and to alert every step (rule 22).
 */
@UseCase
public class MajorProjects {

    private final MajorProjectStore store;
    private final CaseSupervision cases;
    private final Clock clock;
    // The flags of the cases of the current thread's batch (a consumer applying one poll), read in one query.
    private final ThreadLocal<Batch> batch = new ThreadLocal<>();

    private record Batch(Set<String> caseIds, Map<String, MajorProject> flags) {}

    MajorProjects(MajorProjectStore store, CaseSupervision cases, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.clock = clock;
    }

    /**
     * Flags the case.
     *
     * @throws NotFoundException when supervision knows no such case
     */
    public MajorProject flag(Caller inspector, String caseId, String reason, Precondition<MajorProject> expected) {
        CaseTimeline timeline = known(caseId);
        if (store.find(caseId).isPresent()) {
            return flagAgain(inspector, caseId, reason, expected);
        }
        // never flagged: this PUT creates the flag and needs no If-Match
        expected.absent();
        try {
            return store.add(
                    MajorProject.flag(caseId, timeline.department(), inspector.username(), reason, clock.instant()));
        } catch (DuplicateKeyException raced) {
            // Another inspector flagged it at the same moment: theirs stands, this one is a repeat.
            return flagAgain(inspector, caseId, reason, expected);
        }
    }

    private MajorProject flagAgain(
            Caller inspector, String caseId, String reason, Precondition<MajorProject> expected) {
        return store.change(caseId, project -> {
            expected.existing(project);
            project.flagAgain(inspector.username(), reason, clock.instant());
        });
    }

    /**
     * The case's flag with its history.
     *
     * @throws NotFoundException when the case was never flagged
     */
    public MajorProject get(String caseId) {
        return store.find(caseId).orElseThrow(() -> new NotFoundException("major project", caseId));
    }

    /**
     * Takes the flag off.
     *
     * @throws NotFoundException when supervision knows no such case
     */
    public MajorProject unflag(Caller inspector, String caseId, String reason, Precondition<MajorProject> expected) {
        known(caseId);
        if (store.find(caseId).isEmpty()) {
            throw MajorProject.notFlagged(caseId);
        }
        return store.change(caseId, project -> {
            expected.existing(project);
            project.unflag(inspector.username(), reason, clock.instant());
        });
    }

    /** The case's flag with its history, if it was ever flagged. */
    public Optional<MajorProject> of(String caseId) {
        Batch open = batch.get();
        if (open != null && open.caseIds().contains(caseId)) {
            return Optional.ofNullable(open.flags().get(caseId));
        }
        return store.find(caseId);
    }

    /**
     * Opens a batch on this thread (a consumer applying one poll): the flags of {@code caseIds}
     * are read in one query and {@link #of} answers from them until {@link #endBatch()}. A flag
     * set while the poll is applied counts from the next poll on, as it would for an event
     * applied just before it.
     */
    public void beginBatch(Collection<String> caseIds) {
        Set<String> ids = Set.copyOf(caseIds);
        batch.set(new Batch(ids, store.of(ids)));
    }

    /** Closes the batch. */
    public void endBatch() {
        batch.remove();
    }

    /** Every case ever flagged (flag and history), by case id: one read for a sweep over many cases. */
    public Map<String, MajorProject> all() {
        return store.all();
    }

    /** The cases flagged now, most recently flagged first. */
    public List<MajorProject> flagged() {
        return store.flagged();
    }

    private CaseTimeline known(String caseId) {
        return cases.findIfKnown(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
    }
}
