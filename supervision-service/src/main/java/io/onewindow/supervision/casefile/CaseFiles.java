package io.onewindow.supervision.casefile;

import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.service.UseCase;
import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.alerts.domain.Alert;
import io.onewindow.supervision.cases.CaseSupervision;
import io.onewindow.supervision.cases.domain.CaseClock;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.cases.domain.LinkedFiling;
import io.onewindow.supervision.cases.domain.TimelineEntry;
import io.onewindow.supervision.feedback.Complaints;
import io.onewindow.supervision.feedback.Ratings;
import io.onewindow.supervision.feedback.domain.Complaint;
import io.onewindow.supervision.feedback.domain.Rating;
import io.onewindow.supervision.majorprojects.MajorProjects;
import io.onewindow.supervision.majorprojects.domain.MajorProject;
import io.onewindow.supervision.visits.TicketTrails;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A case's evidence file for inspectors: its timeline, clock and card, the alerts raised about it,
 * the complaints and rating about it, and the hall trail of the ticket it was received from. Reads only; each part comes from the feature that owns it.
 */
@UseCase
public class CaseFiles {

    private final CaseSupervision cases;
    private final AlertBook alerts;
    private final Complaints complaints;
    private final Ratings ratings;
    private final TicketTrails tickets;
    private final MajorProjects majorProjects;

    CaseFiles(
            CaseSupervision cases,
            AlertBook alerts,
            Complaints complaints,
            Ratings ratings,
            TicketTrails tickets,
            MajorProjects majorProjects) {
        this.cases = cases;
        this.alerts = alerts;
        this.complaints = complaints;
        this.ratings = ratings;
        this.tickets = tickets;
        this.majorProjects = majorProjects;
    }

    /** The file of one case, as of today. */
    public CaseFile of(String caseId) {
        CaseTimeline timeline = cases.find(caseId);
        return new CaseFile(
                timeline,
                cases.clock(),
                cases.today(),
                alerts.aboutCase(caseId).stream().map(Alert::id).toList(),
                complaints.aboutCase(caseId),
                ratings.ofCase(caseId),
                tickets.of(timeline.ticketId()),
                majorProjects.of(caseId).filter(MajorProject::flagged));
    }

    /**
     * A linked filing (联办件) as one file: its hall visit, each department's part with its state and
     * card, and one timeline of every part's events in time order.
     *
     * @throws NotFoundException when no case is part of a linked filing of that number
     */
    public LinkedFiling linkedFiling(String linkedNumber) {
        LinkedFiling filing = cases.linkedFiling(linkedNumber);
        if (!filing.isKnown()) {
            throw new NotFoundException("linked filing", linkedNumber);
        }
        return filing;
    }

    /** What the file holds; {@code majorProject} is present while the case is flagged. */
    public record CaseFile(
            CaseTimeline timeline,
            CaseClock clock,
            LocalDate today,
            List<String> alertIds,
            List<Complaint> complaints,
            Optional<Rating> rating,
            List<TimelineEntry> ticketTrail,
            Optional<MajorProject> majorProject) {}
}
