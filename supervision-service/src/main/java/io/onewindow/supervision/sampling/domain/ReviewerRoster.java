package io.onewindow.supervision.sampling.domain;

import java.util.List;
import java.util.Optional;

/**
 * The configured reviewers, taken in turn (round robin): each sampled case goes to the next reviewer
 * in the list who is neither of the deciding department nor the person who decided it. A roster is
 * used for one draw, from the start of the list.
 */
public final class ReviewerRoster {

    private final List<Reviewer> reviewers;
    private int next;

    public ReviewerRoster(List<Reviewer> reviewers) {
        this.reviewers = List.copyOf(reviewers);
    }

    public List<Reviewer> reviewers() {
        return reviewers;
    }

    /**
     * The next reviewer who may review a case of {@code department} decided by {@code decidedBy}; empty
     * when none on the list may (the case is then any inspector's).
     */
    public Optional<Reviewer> assign(String department, String decidedBy) {
        for (int tried = 0; tried < reviewers.size(); tried++) {
            int index = (next + tried) % reviewers.size();
            Reviewer reviewer = reviewers.get(index);
            if (reviewer.mayReview(department, decidedBy)) {
                next = index + 1;
                return Optional.of(reviewer);
            }
        }
        return Optional.empty();
    }
}
