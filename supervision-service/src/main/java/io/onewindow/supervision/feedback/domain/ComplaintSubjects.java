package io.onewindow.supervision.feedback.domain;

import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.cases.domain.TimelineEntry;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Whose conduct a complaint questions, as the rule of conflict of interest needs it: the officer a
 * complaint names, every staff member who acted on the complained case (its timeline's actors, the
 * applicant's side left out: the online filer, the agent, the system), and whoever checked the
 * complained visit in. Such a person never handles the complaint (see {@link Complaint#concerns}).
 */
public final class ComplaintSubjects {

    /** The actor the approval service names for what it did by itself. */
    static final String SYSTEM = "system";

    private ComplaintSubjects() {}

    /** The staff who acted on {@code c}, in timeline order, without {@code complainant}. */
    public static List<String> ofCase(CaseTimeline c, String complainant) {
        Set<String> applicantSide = new HashSet<>();
        applicantSide.add(SYSTEM);
        if (complainant != null) {
            applicantSide.add(complainant);
        }
        if (c.applicant().agent() != null) {
            applicantSide.add(c.applicant().agent());
        }
        // A case filed at a window was filed by staff; one filed online, by the applicant or an agent.
        if (!"WINDOW".equals(c.channel()) && c.applicant().submittedBy() != null) {
            applicantSide.add(c.applicant().submittedBy());
        }
        Set<String> staff = new LinkedHashSet<>();
        for (TimelineEntry entry : c.entries()) {
            if (entry.actor() != null && !entry.actor().isBlank() && !applicantSide.contains(entry.actor())) {
                staff.add(entry.actor());
            }
        }
        return List.copyOf(staff);
    }

    /** The officer who checked the visit in, if any. */
    public static List<String> ofVisit(String checkedInBy) {
        return checkedInBy == null || checkedInBy.isBlank() ? List.of() : List.of(checkedInBy);
    }

    /** The officer a complaint names. */
    public static List<String> ofOfficer(String username) {
        return Objects.requireNonNullElse(username, "").isBlank() ? List.of() : List.of(username);
    }
}
