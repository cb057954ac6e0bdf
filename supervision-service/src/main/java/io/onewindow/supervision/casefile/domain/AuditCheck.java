package io.onewindow.supervision.casefile.domain;

import io.onewindow.supervision.cases.domain.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the dossier can say about the integrity of a case's record. The approval service's events
 * carry no hash chain and no per-case sequence number, so supervision cannot prove that no event
 * was withheld upstream; it verifies what its own record allows:
 *
 * <ol>
 *   <li>{@code event-ids}: every timeline entry names the event (CloudEvents id) it came from, and no
 *       event id appears twice;
 *   <li>{@code order}: every entry has a time and the entries are in non-decreasing time order;
 *   <li>{@code beginning}: a timeline with entries starts from a submission, an acceptance or a
 *       partner's report (nothing of the case is recorded without its beginning);
 *   <li>{@code correction-sequence}: the correction notices carry the sequence numbers 1, 2, …, n
 *       without gap or repeat.
 * </ol>
 *
 * {@code verified} is {@code true} when all four hold; each check says what it found.
 */
public record AuditCheck(boolean verified, int events, List<Check> checks) {

    private static final Pattern SEQUENCE = Pattern.compile("^sequence (\\d+)");
    private static final Set<String> BEGINNINGS =
            Set.of("ApplicationSubmitted", "ApplicationAccepted", "PartnerMilestoneReported");

    public AuditCheck {
        checks = List.copyOf(checks);
    }

    /**
     * One check.
     *
     * @param name {@code event-ids}, {@code order}, {@code beginning} or {@code correction-sequence}
     * @param passed whether it holds
     * @param detail what was found
     */
    public record Check(String name, boolean passed, String detail) {}

    /** Checks the entries of one case's timeline, in the order they are kept. */
    public static AuditCheck of(List<TimelineEntry> entries) {
        List<Check> checks = new ArrayList<>();
        checks.add(eventIds(entries));
        checks.add(order(entries));
        checks.add(beginning(entries));
        checks.add(correctionSequence(entries));
        return new AuditCheck(checks.stream().allMatch(Check::passed), entries.size(), checks);
    }

    private static Check eventIds(List<TimelineEntry> entries) {
        Set<String> seen = new HashSet<>();
        int missing = 0;
        List<String> repeated = new ArrayList<>();
        for (TimelineEntry entry : entries) {
            if (entry.eventId() == null || entry.eventId().isBlank()) {
                missing++;
            } else if (!seen.add(entry.eventId())) {
                repeated.add(entry.eventId());
            }
        }
        boolean passed = missing == 0 && repeated.isEmpty();
        return new Check(
                "event-ids",
                passed,
                passed
                        ? entries.size() + " entries, each with its own event id"
                        : missing + " without event id, repeated: " + repeated);
    }

    private static Check order(List<TimelineEntry> entries) {
        Instant previous = null;
        for (int i = 0; i < entries.size(); i++) {
            Instant at = entries.get(i).at();
            if (at == null) {
                return new Check("order", false, "entry " + (i + 1) + " has no time");
            }
            if (previous != null && at.isBefore(previous)) {
                return new Check("order", false, "entry " + (i + 1) + " at " + at + " is before " + previous);
            }
            previous = at;
        }
        return new Check("order", true, "times never decrease");
    }

    private static Check beginning(List<TimelineEntry> entries) {
        if (entries.isEmpty()) {
            return new Check("beginning", true, "no entries");
        }
        boolean begun = entries.stream().anyMatch(entry -> BEGINNINGS.contains(entry.type()));
        return new Check(
                "beginning",
                begun,
                begun ? "the case's beginning is recorded" : "no submission, acceptance or partner report recorded");
    }

    private static Check correctionSequence(List<TimelineEntry> entries) {
        List<Integer> sequences = new ArrayList<>();
        for (TimelineEntry entry : entries) {
            if ("CorrectionRequested".equals(entry.type()) && entry.note() != null) {
                Matcher m = SEQUENCE.matcher(entry.note());
                if (m.find()) {
                    sequences.add(Integer.parseInt(m.group(1)));
                }
            }
        }
        for (int i = 0; i < sequences.size(); i++) {
            if (sequences.get(i) != i + 1) {
                return new Check("correction-sequence", false, "correction notices numbered " + sequences);
            }
        }
        return new Check(
                "correction-sequence",
                true,
                sequences.size() + " correction notice(s) numbered 1.." + sequences.size());
    }
}
