package io.onewindow.supervision.casefile.web;

import io.onewindow.supervision.alerts.domain.Alert;
import io.onewindow.supervision.alerts.domain.StatusChange;
import io.onewindow.supervision.casefile.Dossiers;
import io.onewindow.supervision.casefile.domain.AuditCheck;
import io.onewindow.supervision.feedback.domain.Complaint;
import io.onewindow.supervision.majorprojects.domain.MajorProject;
import io.onewindow.supervision.majorprojects.domain.MajorProjectChange;
import io.onewindow.supervision.sampling.SampleReviews;
import io.onewindow.supervision.sampling.domain.SampledCase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case dossier (案卷): the case as inspectors see it ({@code caseFile}: timeline, clock, card,
 * deadlines), what the audit-chain check found, the alerts about the case with their history, the
 * complaints about it, its sampling review finding ({@code null} when it was not drawn), its
 * major-project flag with its history ({@code null} when never flagged), when and by whom it was
 * generated. The JSON form and the PDF hold exactly this.
 */
record DossierView(
        String caseId,
        CaseView caseFile,
        AuditCheck auditChain,
        List<AlertEntry> alerts,
        List<ComplaintEntry> complaints,
        ReviewEntry samplingReview,
        MajorProjectEntry majorProject,
        Instant generatedAt,
        String generatedBy) {

    /** An alert about the case with its lifecycle. */
    record AlertEntry(
            String id,
            int ruleNumber,
            String ruleCode,
            String subjectType,
            String subjectId,
            String severity,
            String summary,
            List<String> evidence,
            Instant raisedAt,
            String status,
            Instant statusAt,
            List<StatusChange> history) {

        static AlertEntry of(Alert a) {
            return new AlertEntry(
                    a.id(),
                    a.ruleNumber(),
                    a.ruleCode(),
                    a.subjectType(),
                    a.subjectId(),
                    a.severity().name(),
                    a.summary(),
                    a.evidence(),
                    a.raisedAt(),
                    a.status().name(),
                    a.statusAt(),
                    a.history());
        }
    }

    /** A complaint about the case: what was alleged, where it went, how it was answered (no complainant). */
    record ComplaintEntry(
            String id,
            String channel,
            String category,
            String status,
            String department,
            String desk,
            Instant filedAt,
            LocalDate dueOn,
            String text,
            String reply,
            String answeredBy,
            Instant answeredAt,
            Boolean answeredOnTime) {

        static ComplaintEntry of(Complaint c) {
            return new ComplaintEntry(
                    c.id(),
                    name(c.channel()),
                    name(c.category()),
                    name(c.status()),
                    c.department(),
                    name(c.desk()),
                    c.filedAt(),
                    c.dueOn(),
                    c.text(),
                    c.reply(),
                    c.answeredBy(),
                    c.answeredAt(),
                    c.answeredOnTime());
        }
    }

    /** The case's sampling review (定期审查复核). */
    record ReviewEntry(
            String samplingId,
            LocalDate periodFrom,
            LocalDate periodTo,
            String reviewer,
            String finding,
            String category,
            String note,
            String reviewedBy,
            Instant reviewedAt) {

        static ReviewEntry of(SampleReviews.Review review) {
            SampledCase c = review.sampledCase();
            return new ReviewEntry(
                    review.sampling().id(),
                    review.sampling().periodFrom(),
                    review.sampling().periodTo(),
                    c.reviewer(),
                    name(c.finding()),
                    name(c.category()),
                    c.note(),
                    c.reviewedBy(),
                    c.reviewedAt());
        }
    }

    /** The major-project flag (重大项目) with every flagging and unflagging. */
    record MajorProjectEntry(
            boolean flagged, String flaggedBy, Instant flaggedAt, String reason, List<MajorProjectChange> history) {

        static MajorProjectEntry of(MajorProject p) {
            return new MajorProjectEntry(p.flagged(), p.flaggedBy(), p.flaggedAt(), p.reason(), p.history());
        }
    }

    static DossierView of(Dossiers.Dossier d) {
        return new DossierView(
                d.file().timeline().id(),
                CaseView.of(d.file()),
                d.audit(),
                d.alerts().stream().map(AlertEntry::of).toList(),
                d.file().complaints().stream().map(ComplaintEntry::of).toList(),
                d.review().map(ReviewEntry::of).orElse(null),
                d.majorProject().map(MajorProjectEntry::of).orElse(null),
                d.generatedAt(),
                d.generatedBy());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
