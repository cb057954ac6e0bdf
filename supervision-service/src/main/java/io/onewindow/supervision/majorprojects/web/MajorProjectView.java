package io.onewindow.supervision.majorprojects.web;

import io.onewindow.supervision.majorprojects.domain.MajorProject;
import io.onewindow.supervision.majorprojects.domain.MajorProjectChange;
import java.time.Instant;
import java.util.List;

/**
 * A case's major-project flag as inspectors read it: whether it is on now, who put the current (or
 * last) flag on, when and why, and every flagging and unflagging.
 */
record MajorProjectView(
        String caseId,
        boolean flagged,
        String flaggedBy,
        Instant flaggedAt,
        String reason,
        List<MajorProjectChange> history) {

    static MajorProjectView of(MajorProject project) {
        return new MajorProjectView(
                project.caseId(),
                project.flagged(),
                project.flaggedBy(),
                project.flaggedAt(),
                project.reason(),
                project.history());
    }
}
