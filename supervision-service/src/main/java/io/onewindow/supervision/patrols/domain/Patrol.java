package io.onewindow.supervision.patrols.domain;

import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.events.supervision.PatrolObserved;
import io.onewindow.supervision.alerts.domain.AlertCandidate;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A patrol observation (巡查记录) a volunteer supervisor (义务监督员) recorded at a hall: primary data of
 * supervision, never rebuilt from a topic. Recorded once and not changed; recording it publishes
 * {@link PatrolObserved}, and an observation whose category alleges misconduct raises rule 21
 * ({@link PatrolMisconductAlert}).
 */
public final class Patrol extends AggregateRoot {

    /** The longest description, in characters. */
    public static final int MAX_DESCRIPTION = 2000;

    private String id;
    private String volunteer;
    private String volunteerPseudonym;
    private String servicePointId;
    private String window;
    private PatrolCategory category;
    private String department;
    private String description;
    private Instant observedAt;
    private Instant recordedAt;
    private String photoId;
    private String photoSha256;
    private String photoContentType;
    private Long photoSize;
    private String requestHash;

    // For the persistence mapper; an observation starts with observe(...).
    Patrol() {}

    /**
     * What the volunteer reports.
     *
     * @param servicePointId the hall, known to supervision
     * @param window the window's number, or {@code null}
     * @param category what was seen
     * @param description what was seen, 1–2000 characters
     * @param observedAt when, not in the future and not older than the allowed age
     */
    public record Observation(
            String servicePointId, String window, PatrolCategory category, String description, Instant observedAt) {}

    /**
     * Who recorded it and what else the service found out.
     *
     * @param id the observation's id
     * @param volunteer the volunteer's username (kept in the service, never published)
     * @param volunteerPseudonym the volunteer's keyed pseudonym for the event, or {@code null}
     * @param department the observed window's department, or {@code null} when not known
     * @param photo the checked photo, or {@code null}
     * @param photoId the stored photo's id, or {@code null}
     * @param requestHash what identifies the request for a retry under the same {@code Idempotency-Key}
     */
    public record Recording(
            String id,
            String volunteer,
            String volunteerPseudonym,
            String department,
            PatrolPhoto photo,
            String photoId,
            String requestHash) {}

    /**
     * Checks an observation's time and text.
     *
     * @throws InvalidValueException {@code patrol.observed-in-future}, {@code patrol.observed-too-long-ago}
     *     (naming {@code observedAt}) or {@code patrol.description} (naming {@code description})
     */
    public static void check(Observation observation, Instant now, Duration maxAge) {
        Objects.requireNonNull(observation.category(), "category");
        if (observation.observedAt() == null || observation.observedAt().isAfter(now)) {
            throw new InvalidValueException(
                    "patrol.observed-in-future", "observedAt", "an observation cannot be in the future");
        }
        if (observation.observedAt().isBefore(now.minus(maxAge))) {
            throw new InvalidValueException(
                    "patrol.observed-too-long-ago",
                    "observedAt",
                    "an observation must be recorded within " + maxAge.toDays() + " days",
                    maxAge.toDays());
        }
        String text = observation.description();
        if (text == null || text.isBlank() || text.length() > MAX_DESCRIPTION) {
            throw new InvalidValueException(
                    "patrol.description", "description", "the description has 1 to " + MAX_DESCRIPTION + " characters");
        }
    }

    /** Records a checked observation ({@link #check}) and its event. */
    public static Patrol observe(Observation observation, Recording recording, Instant now, Duration maxAge) {
        check(observation, now, maxAge);
        Patrol patrol = new Patrol();
        patrol.id = Objects.requireNonNull(recording.id(), "id");
        patrol.volunteer = Objects.requireNonNull(recording.volunteer(), "volunteer");
        patrol.volunteerPseudonym = recording.volunteerPseudonym();
        patrol.servicePointId = Objects.requireNonNull(observation.servicePointId(), "servicePointId");
        patrol.window = observation.window();
        patrol.category = observation.category();
        patrol.department = recording.department();
        patrol.description = observation.description();
        patrol.observedAt = observation.observedAt();
        patrol.recordedAt = now;
        patrol.requestHash = recording.requestHash();
        if (recording.photo() != null) {
            patrol.photoId = Objects.requireNonNull(recording.photoId(), "photoId");
            patrol.photoSha256 = recording.photo().sha256();
            patrol.photoContentType = recording.photo().contentType();
            patrol.photoSize = (long) recording.photo().bytes().length;
        }
        patrol.record(new PatrolObserved(
                patrol.id,
                patrol.servicePointId,
                patrol.window,
                patrol.category.name(),
                patrol.department,
                patrol.observedAt,
                patrol.volunteerPseudonym,
                patrol.photoId,
                patrol.photoSha256,
                now));
        return patrol;
    }

    /** Rule 21's alert, for an observation whose category alleges misconduct. */
    public Optional<AlertCandidate> alert() {
        return category.allegesMisconduct() ? Optional.of(PatrolMisconductAlert.of(this)) : Optional.empty();
    }

    /** The id of rule 21's alert about this observation, or {@code null} when its category raises none. */
    public String alertId() {
        return category.allegesMisconduct()
                ? AlertCandidate.idOf(PatrolMisconductAlert.CODE, PatrolMisconductAlert.SUBJECT_TYPE, id)
                : null;
    }

    /** Whether {@code username} recorded it. */
    public boolean recordedBy(String username) {
        return volunteer.equals(username);
    }

    public String id() {
        return id;
    }

    public String volunteer() {
        return volunteer;
    }

    public String volunteerPseudonym() {
        return volunteerPseudonym;
    }

    public String servicePointId() {
        return servicePointId;
    }

    public String window() {
        return window;
    }

    public PatrolCategory category() {
        return category;
    }

    public String department() {
        return department;
    }

    public String description() {
        return description;
    }

    public Instant observedAt() {
        return observedAt;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String photoId() {
        return photoId;
    }

    public String photoSha256() {
        return photoSha256;
    }

    public String photoContentType() {
        return photoContentType;
    }

    public Long photoSize() {
        return photoSize;
    }

    public String requestHash() {
        return requestHash;
    }
}
