package io.onewindow.approval.cases.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The hash chain of a case's actions ({@link AuditLink}): each link is appended after the previous
 * one's hash, so changing, removing or reordering a stored link breaks verification.
 */
public final class AuditTrail {

    private final List<AuditLink> links;

    AuditTrail(List<AuditLink> links) {
        this.links = links == null ? new ArrayList<>() : new ArrayList<>(links);
    }

    /** Appends the next link. */
    void append(Actor actor, Instant at, String action, String stateBefore, String stateAfter, String detail) {
        String previous = links.isEmpty()
                ? AuditLink.GENESIS
                : links.get(links.size() - 1).hash();
        links.add(AuditLink.append(links.size() + 1, at, actor, action, stateBefore, stateAfter, detail, previous));
    }

    /** Verifies the chain as stored. */
    public ChainVerification verify() {
        return ChainVerification.of(links);
    }

    public List<AuditLink> links() {
        return List.copyOf(links);
    }
}
