package io.onewindow.approval.materials;

import io.onewindow.approval.materials.domain.FileKind;
import io.onewindow.approval.materials.domain.StoredFile;
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
import java.util.Date;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Material files in MongoDB GridFS: only PDF, JPEG and PNG whose bytes match their declared type,
 * within the size limit, owned by whoever uploaded them until a case references them.
 */
@UseCase
public class MaterialFiles {

    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{24}");

    private final GridFsTemplate gridFs;
    private final Clock clock;
    private final long maxBytes;

    MaterialFiles(
            GridFsTemplate gridFs,
            Clock clock,
            @Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize) {
        this.gridFs = gridFs;
        this.clock = clock;
        this.maxBytes = maxFileSize.toBytes();
    }

    /** Stores an upload after checking its size, type and leading bytes; nothing is written otherwise. */
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
            Document metadata = new Document("owner", owner)
                    .append("contentType", kind.contentType())
                    .append("uploadedAt", Date.from(now));
            ObjectId id = gridFs.store(in, name, kind.contentType(), metadata);
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

    /** The file's content. */
    public GridFsResource content(String id) {
        StoredFile file = find(id).orElseThrow(() -> new NotFoundException("file", id));
        return gridFs.getResource(
                gridFs.findOne(Query.query(Criteria.where("_id").is(new ObjectId(file.id())))));
    }
}
