package io.onewindow.approval.materials;

import io.onewindow.approval.ApprovalServiceApplication;
import io.onewindow.approval.config.ApprovalSettings;
import io.onewindow.approval.materials.domain.FileKind;
import io.onewindow.approval.materials.domain.StoredFile;
import io.onewindow.approval.materials.domain.UploadLimits;
import io.onewindow.platform.domain.DomainException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.service.UseCase;
import io.onewindow.platform.web.SafeText;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Material files in MongoDB GridFS: only PDF, JPEG and PNG whose bytes match their declared type,
 * within the size limit, owned by whoever uploaded them until a case references them. Each person
 * may hold a limited number and volume of uploads not yet attached to a case and upload only so many
 * a minute ({@link UploadLimits}); an upload never attached is removed, content and record, once it
 * is older than {@code materials.orphan-retention}.
 *
 * <p>The file's GridFS metadata says whose it is ({@code owner}), when it came ({@code uploadedAt})
 * and whether a case took it ({@code attached}, with the {@code cases} that did). Files stored before
 * the flag existed carry none and are never treated as orphans.
 */
@UseCase
public class MaterialFiles {

    /** The GridFS bucket's file records. */
    static final String FILES = "fs.files";

    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{24}");
    private static final int SWEEP_BATCH = 500;

    private final GridFsTemplate gridFs;
    private final MongoOperations mongo;
    private final Clock clock;
    private final long maxBytes;
    private final UploadLimits limits;
    private final ApprovalSettings.Materials settings;

    MaterialFiles(
            GridFsTemplate gridFs,
            MongoOperations mongo,
            Clock clock,
            ApprovalSettings settings,
            @Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize) {
        this.gridFs = gridFs;
        this.mongo = mongo;
        this.clock = clock;
        this.maxBytes = maxFileSize.toBytes();
        this.settings = settings.materials();
        this.limits = new UploadLimits(
                this.settings.maxPendingBytes().toBytes(),
                this.settings.maxPendingFiles(),
                this.settings.uploadsPerMinute());
    }

    /**
     * Stores an upload after checking its size, type, leading bytes and the owner's quota and upload
     * rate; nothing is written otherwise.
     *
     * @throws io.onewindow.platform.domain.ConflictException {@code material.quota-files} or {@code
     *     material.quota-bytes} over the quota
     * @throws io.onewindow.approval.materials.domain.UploadRateExceeded over the upload rate
     */
    public StoredFile store(String fileName, String contentType, long size, InputStream content, String owner) {
        if (size <= 0) {
            throw new InvalidValueException("material.empty", "file", "the file is empty");
        }
        if (size > maxBytes) {
            throw new InvalidValueException(
                    "material.too-large", "file", "a file may have at most " + maxBytes + " bytes");
        }
        String name = fileName == null || fileName.isBlank() ? "material" : fileName.strip();
        if (name.length() > 200 || !SafeText.Validator.isSafe(name) || name.contains("/") || name.contains("\\")) {
            throw new InvalidValueException("material.bad-name", "file", "the file name is not acceptable");
        }
        try (InputStream in = new BufferedInputStream(content)) {
            in.mark(FileKind.SIGNATURE_LENGTH);
            byte[] head = in.readNBytes(FileKind.SIGNATURE_LENGTH);
            in.reset();
            FileKind kind = FileKind.verify(contentType, head);
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            // Before a byte is stored: with this upload counted in, is the owner within the limits?
            limits.check(usageOf(owner, now, size, now), now);
            Document metadata = new Document("owner", owner)
                    .append("contentType", kind.contentType())
                    .append("uploadedAt", Date.from(now))
                    .append("attached", false);
            ObjectId id = gridFs.store(in, name, kind.contentType(), metadata);
            // Uploads of the same owner at the same moment each passed the check above; counted again
            // with every stored one in, an upload that no longer fits removes itself.
            try {
                limits.check(usageOf(owner, now, 0, null), now);
            } catch (DomainException overTheLimit) {
                gridFs.delete(Query.query(Criteria.where("_id").is(id)));
                throw overTheLimit;
            }
            return new StoredFile(id.toHexString(), name, kind.contentType(), size, owner, now);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store the upload", e);
        }
    }

    /** The file's description, if it exists. */
    public Optional<StoredFile> find(String id) {
        if (id == null || !OBJECT_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        var file = gridFs.findOne(Query.query(Criteria.where("_id").is(new ObjectId(id))));
        if (file == null) {
            return Optional.empty();
        }
        Document metadata = file.getMetadata() == null ? new Document() : file.getMetadata();
        return Optional.of(new StoredFile(
                id,
                file.getFilename(),
                metadata.getString("contentType"),
                file.getLength(),
                metadata.getString("owner"),
                file.getUploadDate().toInstant()));
    }

    /**
     * Marks files as taken by a case: from then on they count against nobody's quota and are never
     * removed as orphans, even when a correction later replaces them in the case.
     */
    public void attach(Collection<String> fileIds, String caseId) {
        List<ObjectId> ids = objectIds(fileIds);
        if (ids.isEmpty()) {
            return;
        }
        mongo.updateMulti(
                Query.query(Criteria.where("_id").in(ids)),
                new Update().set("metadata.attached", true).addToSet("metadata.cases", caseId),
                FILES);
    }

    /**
     * A material file to hand out.
     *
     * @param name the file name as uploaded
     * @param contentType its checked media type
     * @param length bytes
     * @param content the bytes, for the caller to close
     */
    public record Download(String name, String contentType, long length, InputStream content) {}

    /** The file's name, type and content. */
    public Download download(String id) throws IOException {
        StoredFile file = find(id).orElseThrow(() -> new NotFoundException("file", id));
        GridFsResource resource = gridFs.getResource(
                gridFs.findOne(Query.query(Criteria.where("_id").is(new ObjectId(file.id())))));
        return new Download(file.name(), file.contentType(), file.size(), resource.getInputStream());
    }

    /**
     * Removes uploads never attached to a case that are older than {@code materials.orphan-retention}:
     * their content (chunks) and their record. A file a case refers to although it was never marked
     * (the case was saved, the marking failed) is marked now and kept.
     *
     * @return how many were removed
     */
    public int removeOrphans() {
        Instant cutoff = clock.instant().minus(settings.orphanRetention());
        int removed = 0;
        while (true) {
            List<ObjectId> candidates = mongo
                    .find(
                            Query.query(Criteria.where("metadata.attached")
                                            .is(false)
                                            .and("metadata.uploadedAt")
                                            .lt(Date.from(cutoff)))
                                    .limit(SWEEP_BATCH),
                            Document.class,
                            FILES)
                    .stream()
                    .map(file -> file.getObjectId("_id"))
                    .toList();
            if (candidates.isEmpty()) {
                return removed;
            }
            Set<String> referenced = referencedByCases(candidates);
            List<ObjectId> orphans = new ArrayList<>();
            for (ObjectId id : candidates) {
                if (referenced.contains(id.toHexString())) {
                    mongo.updateFirst(
                            Query.query(Criteria.where("_id").is(id)),
                            new Update().set("metadata.attached", true),
                            FILES);
                } else {
                    orphans.add(id);
                }
            }
            if (!orphans.isEmpty()) {
                gridFs.delete(Query.query(Criteria.where("_id")
                        .in(orphans)
                        .and("metadata.attached")
                        .is(false)));
                removed += orphans.size();
            }
            if (candidates.size() < SWEEP_BATCH) {
                return removed;
            }
        }
    }

    // The owner's pending uploads and recent upload times, with a candidate of `extraBytes` at `extraAt`.
    private UploadLimits.Usage usageOf(String owner, Instant now, long extraBytes, Instant extraAt) {
        Date windowStart = Date.from(UploadLimits.windowStart(now));
        Query query = Query.query(Criteria.where("metadata.owner")
                .is(owner)
                .orOperator(
                        Criteria.where("metadata.attached").is(false),
                        Criteria.where("metadata.uploadedAt").gt(windowStart)));
        query.fields().include("length").include("metadata");
        int pendingFiles = 0;
        long pendingBytes = 0;
        List<Instant> times = new ArrayList<>();
        for (Document file : mongo.find(query, Document.class, FILES)) {
            Document metadata = file.get("metadata", Document.class);
            if (Boolean.FALSE.equals(metadata.getBoolean("attached"))) {
                pendingFiles++;
                pendingBytes += ((Number) file.get("length")).longValue();
            }
            Date uploadedAt = metadata.getDate("uploadedAt");
            if (uploadedAt != null && uploadedAt.after(windowStart)) {
                times.add(uploadedAt.toInstant());
            }
        }
        if (extraAt != null) {
            pendingFiles++;
            pendingBytes += extraBytes;
            times.add(extraAt);
        }
        return new UploadLimits.Usage(pendingFiles, pendingBytes, times);
    }

    // Ids among `ids` that a case's materials name (the safety net for a marking that failed).
    private Set<String> referencedByCases(List<ObjectId> ids) {
        List<String> hex = ids.stream().map(ObjectId::toHexString).toList();
        Query query = Query.query(Criteria.where("data.materials.fileId").in(hex));
        query.fields().include("data.materials.fileId");
        Set<String> referenced = new HashSet<>();
        for (Document c : mongo.find(query, Document.class, ApprovalServiceApplication.CASES)) {
            Document data = c.get("data", Document.class);
            List<Document> materials = data == null ? null : data.getList("materials", Document.class);
            if (materials != null) {
                materials.forEach(m -> {
                    if (m.getString("fileId") != null) {
                        referenced.add(m.getString("fileId"));
                    }
                });
            }
        }
        return referenced;
    }

    private static List<ObjectId> objectIds(Collection<String> ids) {
        return ids == null
                ? List.of()
                : ids.stream()
                        .filter(id -> id != null && OBJECT_ID.matcher(id).matches())
                        .map(ObjectId::new)
                        .distinct()
                        .toList();
    }
}
