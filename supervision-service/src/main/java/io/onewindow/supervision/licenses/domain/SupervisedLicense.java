package io.onewindow.supervision.licenses.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A license as supervision follows it from e-license-service's events: where it came from (the case), its
 * status, and its life and every use in time order. A projection: each event applies once (by its id), so a
 * redelivery or a rebuild changes nothing. Knows no holder beyond what the events mask.
 */
public class SupervisedLicense {

    /** Where a license stands. */
    public enum Status {
        /** Heard of only through a later event (its issue not seen yet). */
        UNKNOWN,
        VALID,
        SUSPENDED,
        REVOKED,
        EXPIRED,
        /** Replaced by a renewal (a new license). */
        RENEWED
    }

    /**
     * One entry of the license's timeline.
     *
     * @param eventId the event it comes from
     * @param type {@code ISSUED}, {@code SUSPENDED}, {@code REINSTATED}, {@code REVOKED}, {@code RENEWED},
     *     {@code EXPIRED} or {@code USED}
     * @param at when
     * @param by who (username or client id), or {@code null} (expiry)
     * @param department the department acting (or reading), or {@code null}
     * @param detail the reason, the basis of a use and its case, or the renewal
     */
    public record Entry(String eventId, String type, Instant at, String by, String department, String detail) {}

    private String id;
    private String identifier;
    private String licenseTypeCode;
    private String department;
    private String caseId;
    private String caseNumber;
    private String matterCode;
    private Status status = Status.UNKNOWN;
    private List<Entry> timeline = new ArrayList<>();
    private Set<String> appliedEvents = new LinkedHashSet<>();

    SupervisedLicense() {}

    /** A license first heard of now. */
    public static SupervisedLicense open(String licenseId) {
        SupervisedLicense license = new SupervisedLicense();
        license.id = Objects.requireNonNull(licenseId, "licenseId");
        return license;
    }

    /** Its issue: the case it came from; valid unless a later event was applied first. */
    public boolean issued(
            String eventId,
            String identifier,
            String licenseTypeCode,
            String department,
            String caseId,
            String caseNumber,
            String matterCode,
            String issuedBy,
            Instant at) {
        if (!firstTime(eventId)) {
            return false;
        }
        this.identifier = identifier;
        this.licenseTypeCode = licenseTypeCode;
        this.department = department;
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.matterCode = matterCode;
        if (status == Status.UNKNOWN) {
            status = Status.VALID;
        }
        add(new Entry(eventId, "ISSUED", at, issuedBy, department, caseNumber == null ? null : "case " + caseNumber));
        return true;
    }

    /** A change of status ({@code SUSPENDED}, {@code REINSTATED}, {@code REVOKED}, {@code RENEWED}, {@code EXPIRED}). */
    public boolean changed(
            String eventId, String type, String identifier, String department, String by, String detail, Instant at) {
        if (!firstTime(eventId)) {
            return false;
        }
        if (this.identifier == null) {
            this.identifier = identifier;
        }
        if (this.department == null) {
            this.department = department;
        }
        status = switch (type) {
            case "SUSPENDED" -> Status.SUSPENDED;
            case "REINSTATED" -> Status.VALID;
            case "REVOKED" -> Status.REVOKED;
            case "RENEWED" -> Status.RENEWED;
            case "EXPIRED" -> Status.EXPIRED;
            default -> throw new IllegalArgumentException("not a status change: " + type);
        };
        add(new Entry(eventId, type, at, by, department, detail));
        return true;
    }

    /**
     * A use of its data (用证) and the status it had at that moment, as the timeline stood; {@code null} when
     * the event was applied already.
     */
    public Status used(String eventId, String usedBy, String readerDepartment, String detail, Instant at) {
        if (!firstTime(eventId)) {
            return null;
        }
        Status atUse = statusAt(at);
        add(new Entry(eventId, "USED", at, usedBy, readerDepartment, detail));
        return atUse;
    }

    /** The status the license had at {@code at}, from its timeline (events may arrive out of order). */
    public Status statusAt(Instant at) {
        Status found = Status.UNKNOWN;
        for (Entry entry : timeline) {
            if (entry.at() != null && entry.at().isAfter(at)) {
                break;
            }
            found = switch (entry.type()) {
                case "ISSUED", "REINSTATED" -> Status.VALID;
                case "SUSPENDED" -> Status.SUSPENDED;
                case "REVOKED" -> Status.REVOKED;
                case "RENEWED" -> Status.RENEWED;
                case "EXPIRED" -> Status.EXPIRED;
                default -> found;
            };
        }
        return found;
    }

    private boolean firstTime(String eventId) {
        return appliedEvents.add(Objects.requireNonNull(eventId, "eventId"));
    }

    private void add(Entry entry) {
        timeline.add(entry);
        timeline.sort(java.util.Comparator.comparing(
                Entry::at, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
    }

    public String id() {
        return id;
    }

    public String identifier() {
        return identifier;
    }

    public String licenseTypeCode() {
        return licenseTypeCode;
    }

    public String department() {
        return department;
    }

    public String caseId() {
        return caseId;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String matterCode() {
        return matterCode;
    }

    public Status status() {
        return status;
    }

    public List<Entry> timeline() {
        return List.copyOf(timeline);
    }
}
