package io.onewindow.elicense.notice.domain;

import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.events.license.NoticeDelivered;
import io.onewindow.platform.events.license.NoticeIssued;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A written notice of one act on a case (送达文书), sealed by its department: the content, the SHA-256 of
 * its canonical form, and the SM2 signature of that hash by the department's key. Content, hash and
 * signature never change after issue; only the delivery is recorded later, once, when the applicant
 * first fetches it. Its id is derived from the id of the event that caused it, so a redelivered event
 * finds the notice it already made.
 */
public final class Notice extends AggregateRoot {

    /** The form of a notice id: {@code ntc-} and 32 lower-case hex digits. */
    public static final Pattern ID = Pattern.compile("ntc-[0-9a-f]{32}");

    /** The one delivery channel so far: the applicant fetched it through the API. */
    public static final String ONLINE = "ONLINE";

    private final NoticeContent content;
    private final String contentHash;
    private final String signature;
    private final Readers readers;
    private final String sourceEventId;
    private Instant deliveredAt;
    private String deliveryChannel;

    /**
     * Who may read a notice as its applicant.
     *
     * @param username the username that filed the case online (the applicant or their agent), or
     *     {@code null} (filed at a window, or the filing was not seen)
     * @param pseudonym the applicant's keyed pseudonym, or {@code null} when unknown
     */
    public record Readers(String username, String pseudonym) {

        public static final Readers NONE = new Readers(null, null);

        /** Whether an applicant can be recognised at all. */
        public boolean known() {
            return username != null || pseudonym != null;
        }
    }

    /** Rebuilds a stored notice; records nothing. */
    public Notice(
            NoticeContent content,
            String contentHash,
            String signature,
            Readers readers,
            String sourceEventId,
            Instant deliveredAt,
            String deliveryChannel) {
        this.content = Objects.requireNonNull(content, "content");
        this.contentHash = contentHash;
        this.signature = signature;
        this.readers = readers == null ? Readers.NONE : readers;
        this.sourceEventId = sourceEventId;
        this.deliveredAt = deliveredAt;
        this.deliveryChannel = deliveryChannel;
    }

    /** A notice just sealed: records {@code NoticeIssued}. */
    public static Notice issue(
            NoticeContent content, String contentHash, String signature, Readers readers, String sourceEventId) {
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(signature, "signature");
        Notice notice = new Notice(content, contentHash, signature, readers, sourceEventId, null, null);
        notice.record(new NoticeIssued(
                content.noticeId(),
                content.caseId(),
                content.caseNumber(),
                content.kind().name(),
                content.department(),
                content.keyId(),
                contentHash,
                content.issuedAt()));
        return notice;
    }

    /** The id of the notice that the event {@code sourceEventId} causes: the same for every redelivery. */
    public static String idFor(String sourceEventId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("notice:" + Objects.requireNonNull(sourceEventId, "sourceEventId"))
                            .getBytes(StandardCharsets.UTF_8));
            return "ntc-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Records the delivery to the applicant through the API (at its first fetch); {@code false}, and
     * nothing recorded, when it was delivered before.
     */
    public boolean deliverOnline(Instant at) {
        if (deliveredAt != null) {
            return false;
        }
        deliveredAt = Objects.requireNonNull(at, "at");
        deliveryChannel = ONLINE;
        record(new NoticeDelivered(
                content.noticeId(), content.caseId(), content.kind().name(), content.department(), ONLINE, at));
        return true;
    }

    /** Whether the stored content still hashes to the hash that was signed. */
    public boolean contentMatchesHash() {
        return contentHash != null && NoticeCanonicalForm.hashHex(content).equals(contentHash);
    }

    public String id() {
        return content.noticeId();
    }

    public NoticeContent content() {
        return content;
    }

    public String contentHash() {
        return contentHash;
    }

    public String signature() {
        return signature;
    }

    public Readers readers() {
        return readers;
    }

    public String sourceEventId() {
        return sourceEventId;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public String deliveryChannel() {
        return deliveryChannel;
    }
}
