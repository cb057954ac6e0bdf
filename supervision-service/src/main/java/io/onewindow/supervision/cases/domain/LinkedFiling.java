package io.onewindow.supervision.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A linked filing (联办件, 一号联办) as supervision sees it: the cases that are each one department's
 * part of a linked business received together (they share {@link CaseTimeline#linkedNumber()}), the
 * hall visit they came from, and one timeline merging every part's entries in time order, each entry
 * naming its part and department. Built only from the parts' timelines; each part keeps its own
 * clock and card.
 *
 * @param linkedNumber the linked number, {@code LB-YYYYMMDD-NNNNNN}
 * @param visit the hall visit the parts were received from, or {@code null} when none of them
 *     carries one
 * @param parts the parts, in the order they were received (then by case number)
 * @param timeline every part's entries, in time order; entries at the same instant keep the order of
 *     their parts and, within a part, of its timeline
 */
public record LinkedFiling(String linkedNumber, HallVisit visit, List<Part> parts, List<Entry> timeline) {

    /**
     * What a linked number looks like: {@code LB-}, the day of the filing ({@code YYYYMMDD}, a real
     * month and day of month), {@code -} and six digits, e.g. {@code LB-20261202-000001}.
     */
    public static final String NUMBER_PATTERN = "LB-[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])-[0-9]{6}";

    public LinkedFiling {
        Objects.requireNonNull(linkedNumber, "linkedNumber");
        parts = List.copyOf(parts);
        timeline = List.copyOf(timeline);
    }

    /**
     * The hall visit (one queue ticket) the parts were received from.
     *
     * @param servicePointId the service point
     * @param tier its service tier (4 district, 5 town/street, 6 village/community)
     * @param window the window that received the parts
     * @param comprehensiveWindow whether that is a comprehensive window (综合受理)
     * @param ticketId the queue ticket
     */
    public record HallVisit(
            String servicePointId, Integer tier, String window, Boolean comprehensiveWindow, String ticketId) {}

    /**
     * One department's part: its own case, decided by its department.
     *
     * @param caseId the case
     * @param caseNumber its number
     * @param matterCode its matter
     * @param department the department deciding it
     * @param state where the case stands ({@link CaseState})
     * @param card its deadline card ({@link CardColour}), as last evaluated
     * @param promisedDueDate its promised due date, once accepted
     * @param outcome {@code APPROVED}, {@code DENIED}, {@code NOT_ACCEPTED}, {@code WITHDRAWN} … or
     *     {@code null} while undecided
     * @param receivedAt when it was received
     * @param completedAt when it was completed (handed out), or {@code null}
     * @param deliveryServicePointId where the result was handed out, or {@code null}
     * @param deliveryWindow the window it was handed out at, or {@code null}
     * @param ticketId the queue ticket the part was received with, or {@code null}
     */
    public record Part(
            String caseId,
            String caseNumber,
            String matterCode,
            String department,
            String state,
            String card,
            LocalDate promisedDueDate,
            String outcome,
            Instant receivedAt,
            Instant completedAt,
            String deliveryServicePointId,
            String deliveryWindow,
            String ticketId) {}

    /**
     * One entry of a part's timeline, naming the part.
     *
     * @param caseId the part's case
     * @param caseNumber its number
     * @param matterCode its matter
     * @param department its department
     * @param eventId the event's id
     * @param type the short event type, e.g. {@code ApplicationApproved}
     * @param at when it happened
     * @param actor who acted, or {@code null}
     * @param note a short fact, or {@code null}
     */
    public record Entry(
            String caseId,
            String caseNumber,
            String matterCode,
            String department,
            String eventId,
            String type,
            Instant at,
            String actor,
            String note) {}

    /**
     * The linked filing {@code linkedNumber} made of {@code timelines}: only those that are parts of
     * it (their {@link CaseTimeline#linkedNumber()} is that number) are taken.
     *
     * @return the filing, with no parts when none of the timelines is one of its parts
     */
    public static LinkedFiling of(String linkedNumber, List<CaseTimeline> timelines) {
        List<CaseTimeline> parts = timelines.stream()
                .filter(t -> linkedNumber.equals(t.linkedNumber()))
                .sorted(Comparator.comparing(
                                CaseTimeline::receivedAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
                        .thenComparing(CaseTimeline::caseNumber, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(CaseTimeline::id))
                .toList();
        List<Entry> merged = new ArrayList<>();
        for (CaseTimeline part : parts) {
            for (TimelineEntry entry : part.entries()) {
                merged.add(new Entry(
                        part.id(),
                        part.caseNumber(),
                        part.matterCode(),
                        part.department(),
                        entry.eventId(),
                        entry.type(),
                        entry.at(),
                        entry.actor(),
                        entry.note()));
            }
        }
        // A stable sort: at the same instant, parts in their order and each part's entries in its own.
        merged.sort(Comparator.comparing(Entry::at, Comparator.nullsLast(Comparator.naturalOrder())));
        return new LinkedFiling(
                linkedNumber,
                visitOf(parts),
                parts.stream().map(LinkedFiling::partOf).toList(),
                merged);
    }

    /** Whether any case is part of the filing. */
    public boolean isKnown() {
        return !parts.isEmpty();
    }

    /** The departments deciding a part, in the parts' order, each once. */
    public List<String> departments() {
        return parts.stream()
                .map(Part::department)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    // The parts share the visit; the first part received from one names it.
    private static HallVisit visitOf(List<CaseTimeline> parts) {
        return parts.stream()
                .filter(p -> p.servicePointId() != null)
                .findFirst()
                .map(p ->
                        new HallVisit(p.servicePointId(), p.tier(), p.window(), p.comprehensiveWindow(), p.ticketId()))
                .orElse(null);
    }

    private static Part partOf(CaseTimeline t) {
        return new Part(
                t.id(),
                t.caseNumber(),
                t.matterCode(),
                t.department(),
                t.state().name(),
                t.card().name(),
                t.deadlines().promisedDueDate(),
                t.outcome(),
                t.receivedAt(),
                t.completedAt(),
                t.deliveryServicePointId(),
                t.deliveryWindow(),
                t.ticketId());
    }
}
