package io.onewindow.approval.materials.domain;

import java.time.Instant;

/**
 * A material file kept in GridFS.
 *
 * @param id the GridFS id
 * @param name the file name as uploaded
 * @param contentType the checked content type
 * @param size bytes
 * @param owner username of the uploader
 * @param uploadedAt when
 */
public record StoredFile(String id, String name, String contentType, long size, String owner, Instant uploadedAt) {}
