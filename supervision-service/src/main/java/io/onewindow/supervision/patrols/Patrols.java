package io.onewindow.supervision.patrols;

import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.idempotency.IdempotencyKeyReusedException;
import io.onewindow.platform.identity.IdentityPseudonyms;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.service.UseCase;
import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.config.SupervisionSettings;
import io.onewindow.supervision.patrols.domain.Patrol;
import io.onewindow.supervision.patrols.domain.PatrolCategory;
import io.onewindow.supervision.patrols.domain.PatrolPhoto;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;

/**
 * The volunteer supervisors' patrol observations (义务监督员巡查): recorded by a volunteer at a hall the
 * registry knows, the photo checked and kept in GridFS, the observation and its {@code PatrolObserved}
 * in one write, and rule 21's alert for a category that alleges misconduct. A volunteer reads his own;
 * inspectors read all and the photos. Observations are primary data: a projection rebuild keeps them and
 * raises their alerts again ({@link #raiseAlerts()}).
 */
@UseCase
public class Patrols {

    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{24}");

    private final PatrolStore store;
    private final PatrolHalls halls;
    private final AlertBook alerts;
    private final GridFsTemplate gridFs;
    private final IdentityPseudonyms pseudonyms;
    private final SupervisionSettings.Patrols settings;
    private final Clock clock;

    Patrols(
            PatrolStore store,
            PatrolHalls halls,
            AlertBook alerts,
            GridFsTemplate gridFs,
            IdentityPseudonyms pseudonyms,
            SupervisionSettings settings,
            Clock clock) {
        this.store = store;
        this.halls = halls;
        this.alerts = alerts;
        this.gridFs = gridFs;
        this.pseudonyms = pseudonyms;
        this.settings = settings.patrols();
        this.clock = clock;
    }

    /**
     * An observation with the id of the alert it raised ({@code null} when its category raises none).
     *
     * @param patrol the observation
     * @param alertId rule 21's alert, or {@code null}
     */
    public record Recorded(Patrol patrol, String alertId) {

        static Recorded of(Patrol patrol) {
            return new Recorded(patrol, patrol.alertId());
        }
    }

    /** A photo to hand out: its checked type, length and bytes (the caller closes the stream). */
    public record Photo(String contentType, long length, InputStream content) {}

    /**
     * Records an observation. With an {@code Idempotency-Key}, the same volunteer sending the same
     * request again gets the first observation back; another request under the same key is 409.
     *
     * @param photo the photo's bytes, or {@code null}
     * @param idempotencyKey the request's key, or {@code null}
     * @throws InvalidValueException {@code patrol.unknown-hall} (naming {@code servicePointId}), a bad time,
     *     description or photo; nothing is written then
     * @throws IdempotencyKeyReusedException (422 {@code idempotency-key-reused})
     */
    public Recorded record(Caller caller, Patrol.Observation observation, byte[] photo, String idempotencyKey) {
        Instant now = clock.instant();
        Patrol.check(observation, now, settings.maxAge());
        PatrolPhoto checked = photo == null
                ? null
                : PatrolPhoto.of(photo, settings.maxPhotoSize().toBytes());
        String requestHash = requestHash(observation, checked);
        String id = idempotencyKey == null ? "patrol-" + UUID.randomUUID() : idFor(caller.username(), idempotencyKey);
        if (idempotencyKey != null) {
            Optional<Patrol> first = store.find(id);
            if (first.isPresent()) {
                return retried(first.get(), requestHash);
            }
        }
        if (!halls.isKnown(observation.servicePointId())) {
            throw new InvalidValueException(
                    "patrol.unknown-hall", "servicePointId", "no hall of the registry has this id");
        }
        String department = halls.departmentOfWindow(observation.servicePointId(), observation.window())
                .orElse(null);
        String photoId = checked == null ? null : storePhoto(id, caller.username(), checked, now);
        Patrol patrol = Patrol.observe(
                observation,
                new Patrol.Recording(
                        id,
                        caller.username(),
                        caller.idNumber() == null ? null : pseudonyms.ofIdNumber(caller.idNumber()),
                        department,
                        checked,
                        photoId,
                        requestHash),
                now,
                settings.maxAge());
        try {
            patrol = store.add(patrol);
        } catch (DuplicateKeyException retriedConcurrently) {
            deletePhoto(photoId);
            return retried(store.find(id).orElseThrow(() -> retriedConcurrently), requestHash);
        }
        patrol.alert().ifPresent(alert -> alerts.raise(List.of(alert)));
        return Recorded.of(patrol);
    }

    /** Order of the observations: newest first, then by id (descending). */
    public static final Sort NEWEST_FIRST = PatrolStore.NEWEST_FIRST;

    /** One page of the caller's own observations, in {@link #NEWEST_FIRST}. */
    public Page<Recorded> mine(Caller caller, Pageable page) {
        return store.recordedBy(caller.username(), page).map(Recorded::of);
    }

    /**
     * One of the caller's own observations.
     *
     * @throws NotFoundException when there is none with this id, or another volunteer recorded it
     */
    public Recorded mine(Caller caller, String patrolId) {
        return store.find(patrolId)
                .filter(patrol -> patrol.recordedBy(caller.username()))
                .map(Recorded::of)
                .orElseThrow(() -> new NotFoundException("patrol", patrolId));
    }

    /** Every volunteer's observations, at a hall and of a category (each may be {@code null}), newest first. */
    public Page<Recorded> search(String servicePointId, PatrolCategory category, Pageable page) {
        return store.search(servicePointId, category, page).map(Recorded::of);
    }

    /**
     * One observation, for an inspector.
     *
     * @throws NotFoundException when there is none with this id
     */
    public Recorded get(String patrolId) {
        return Recorded.of(store.find(patrolId).orElseThrow(() -> new NotFoundException("patrol", patrolId)));
    }

    /**
     * One observation's photo, for an inspector.
     *
     * @throws NotFoundException when the observation or its photo does not exist
     */
    public Photo photo(String patrolId) throws IOException {
        Patrol patrol = store.find(patrolId).orElseThrow(() -> new NotFoundException("patrol", patrolId));
        if (patrol.photoId() == null || !OBJECT_ID.matcher(patrol.photoId()).matches()) {
            throw new NotFoundException("patrol photo", patrolId);
        }
        var file = gridFs.findOne(Query.query(Criteria.where("_id").is(new ObjectId(patrol.photoId()))));
        if (file == null) {
            throw new NotFoundException("patrol photo", patrolId);
        }
        return new Photo(
                patrol.photoContentType(),
                file.getLength(),
                gridFs.getResource(file).getInputStream());
    }

    /** Every observation (for the figures). */
    public List<Patrol> all() {
        return store.all();
    }

    /**
     * Raises rule 21's alert of every observation that alleges misconduct and has none (after alerts were
     * lost or cleared; the alert ids make it a no-op otherwise).
     *
     * @return how many were raised
     */
    public int raiseAlerts() {
        return alerts.raise(store.all().stream()
                .map(Patrol::alert)
                .flatMap(Optional::stream)
                .toList());
    }

    private Recorded retried(Patrol first, String requestHash) {
        if (!requestHash.equals(first.requestHash())) {
            throw new IdempotencyKeyReusedException();
        }
        return Recorded.of(first);
    }

    private String storePhoto(String patrolId, String volunteer, PatrolPhoto photo, Instant now) {
        Document metadata = new Document("patrolId", patrolId)
                .append("owner", volunteer)
                .append("contentType", photo.contentType())
                .append("sha256", photo.sha256())
                .append("uploadedAt", Date.from(now));
        ObjectId id = gridFs.store(
                new ByteArrayInputStream(photo.bytes()),
                patrolId + (photo.contentType().equals("image/png") ? ".png" : ".jpg"),
                photo.contentType(),
                metadata);
        return id.toHexString();
    }

    private void deletePhoto(String photoId) {
        if (photoId != null) {
            gridFs.delete(Query.query(Criteria.where("_id").is(new ObjectId(photoId))));
        }
    }

    // One volunteer's key names one observation: the id is derived from both, so a retry finds it.
    private static String idFor(String volunteer, String key) {
        return "patrol-"
                + PatrolPhoto.sha256Of((volunteer + "\n" + key).getBytes(StandardCharsets.UTF_8))
                        .substring(0, 32);
    }

    private static String requestHash(Patrol.Observation observation, PatrolPhoto photo) {
        String request = String.join(
                "\n",
                observation.servicePointId(),
                String.valueOf(observation.window()),
                observation.category().name(),
                observation.description(),
                String.valueOf(observation.observedAt()),
                photo == null ? "" : photo.sha256());
        return PatrolPhoto.sha256Of(request.getBytes(StandardCharsets.UTF_8));
    }
}
