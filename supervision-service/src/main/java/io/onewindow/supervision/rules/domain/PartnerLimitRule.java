package io.onewindow.supervision.rules.domain;

import io.onewindow.supervision.alerts.domain.AlertCandidate;
import io.onewindow.supervision.alerts.domain.Severity;
import io.onewindow.supervision.cases.domain.CaseTimeline;
import io.onewindow.supervision.catalog.domain.MatterDefinition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule 1, for partner cases — a partner department setting its own limit (增加时限): the due date a
 * partner system reported with its acceptance is compared with the catalog's limits for the matter,
 * counted in working days from acceptance on the official calendar. Beyond the statutory limit is
 * serious ({@value #BEYOND_STATUTORY}); beyond only the promised limit warns ({@value
 * #BEYOND_PROMISED}). The card follows the catalog's limits either way ({@code PartnerLimits}).
 */
public final class PartnerLimitRule implements CaseRule {

    public static final String BEYOND_STATUTORY = "partner.due-beyond-statutory-limit";
    public static final String BEYOND_PROMISED = "partner.due-beyond-promised-limit";

    private final boolean enabled;

    public PartnerLimitRule(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public int number() {
        return DeadlineRule.NUMBER;
    }

    @Override
    public List<AlertCandidate> evaluate(CaseTimeline c, RuleContext ctx) {
        List<AlertCandidate> found = new ArrayList<>();
        if (!enabled
                || c.partnerDueDate() == null
                || c.acceptedAt() == null
                || ctx.matter().isEmpty()) {
            return found;
        }
        MatterDefinition matter = ctx.matter().get();
        LocalDate accepted = ctx.dateOf(c.acceptedAt());
        LocalDate partnerDue = c.partnerDueDate();
        int reported = partnerDue.isAfter(accepted)
                ? ctx.calendar().workingDaysBetween(accepted, partnerDue).value()
                : 0;
        List<String> evidence = acceptance(c);
        String summary = "partner due date " + partnerDue + " is " + reported + " working days after acceptance on "
                + accepted + "; the catalog (" + matter.id() + ") allows " + matter.statutoryLimit()
                + " by law and promises " + matter.promisedLimit();
        if (reported > matter.statutoryLimit()) {
            found.add(Candidates.ofCase(
                    DeadlineRule.NUMBER,
                    BEYOND_STATUTORY,
                    c,
                    Severity.SERIOUS,
                    evidence,
                    List.of(),
                    c.acceptedAt(),
                    summary));
        } else if (reported > matter.promisedLimit()) {
            found.add(Candidates.ofCase(
                    DeadlineRule.NUMBER,
                    BEYOND_PROMISED,
                    c,
                    Severity.WARNING,
                    evidence,
                    List.of(),
                    c.acceptedAt(),
                    summary));
        }
        return found;
    }

    // The ACCEPTED report that set the date, or every report of the case when it cannot be told.
    private static List<String> acceptance(CaseTimeline c) {
        List<String> accepted = c.milestones().stream()
                .filter(m -> "ACCEPTED".equals(m.milestone()))
                .map(m -> m.eventId())
                .toList();
        return accepted.isEmpty() ? c.eventIdsOf("PartnerMilestoneReported") : accepted;
    }
}
