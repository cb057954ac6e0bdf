package io.onewindow.supervision.casefile.domain;

import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.events.supervision.DossierIssued;
import java.time.Instant;
import java.util.Objects;

/**
 * The record that a case dossier (案卷) was handed out: who took which case's dossier, in which form,
 * when, and the digest of the bytes handed out. Written before the dossier leaves the service, so
 * no dossier is handed out unrecorded; announced as {@link DossierIssued}.
 */
public class DossierIssue extends AggregateRoot {

    /** Who asked: an inspector, or the discipline commission's client. */
    public enum Channel {
        INSPECTION,
        DISCIPLINE
    }

    /** The form handed out. */
    public enum Format {
        JSON,
        PDF
    }

    private String id;
    private String caseId;
    private String takenBy;
    private Channel channel;
    private Format format;
    private String sha256;
    private String keyId;
    private Instant issuedAt;

    DossierIssue() {}

    /** Records one dossier handed out. */
    public static DossierIssue record(
            String id,
            String caseId,
            String takenBy,
            Channel channel,
            Format format,
            String sha256,
            String keyId,
            Instant issuedAt) {
        DossierIssue issue = new DossierIssue();
        issue.id = Objects.requireNonNull(id, "id");
        issue.caseId = Objects.requireNonNull(caseId, "caseId");
        issue.takenBy = Objects.requireNonNull(takenBy, "takenBy");
        issue.channel = Objects.requireNonNull(channel, "channel");
        issue.format = Objects.requireNonNull(format, "format");
        issue.sha256 = Objects.requireNonNull(sha256, "sha256");
        issue.keyId = keyId;
        issue.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        issue.record(new DossierIssued(id, caseId, takenBy, channel.name(), format.name(), sha256, keyId, issuedAt));
        return issue;
    }

    public String id() {
        return id;
    }

    public String caseId() {
        return caseId;
    }

    public String takenBy() {
        return takenBy;
    }

    public Channel channel() {
        return channel;
    }

    public Format format() {
        return format;
    }

    public String sha256() {
        return sha256;
    }

    public String keyId() {
        return keyId;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
