package io.onewindow.notification.inbox.domain;

import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.events.notification.NoticeCreated;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One notice in one person's inbox: what happened (kind, the template it was written from, its
 * placeholders and the Chinese text), about what, caused by which event, and whether it was read.
 * {@code sequence} orders every notice of the service as it was stored; the live stream resumes
 * after it ({@code Last-Event-ID}).
 */
public class Notice extends AggregateRoot {

    private String id;
    private String recipient;
    private NoticeKind kind;
    private String templateKey;
    private int templateVersion;
    private Map<String, String> values;
    private String text;
    private String subjectId;
    private String sourceEventId;
    private long sequence;
    private Instant createdAt;
    private Instant readAt;

    Notice() {}

    /**
     * A new notice for {@code recipient} written from {@code draft}; its id follows from the source
     * event, kind and recipient, so the same event delivered twice makes the same notice.
     */
    public static Notice create(NoticeDraft draft, String recipient, String sourceEventId, long sequence, Instant at) {
        Notice notice = new Notice();
        notice.id = idOf(sourceEventId, draft.kind(), recipient);
        notice.recipient = Objects.requireNonNull(recipient, "recipient");
        notice.kind = draft.kind();
        notice.templateKey = draft.template().key();
        notice.templateVersion = draft.template().version();
        notice.values = draft.values();
        notice.text = draft.text();
        notice.subjectId = draft.subjectId();
        notice.sourceEventId = Objects.requireNonNull(sourceEventId, "sourceEventId");
        notice.sequence = sequence;
        notice.createdAt = Objects.requireNonNull(at, "at");
        notice.record(new NoticeCreated(
                notice.id,
                recipient,
                notice.kind.name(),
                notice.templateKey,
                notice.templateVersion,
                notice.subjectId,
                sourceEventId,
                at));
        return notice;
    }

    /** The id of the notice of {@code kind} that event {@code sourceEventId} makes for {@code recipient}. */
    public static String idOf(String sourceEventId, NoticeKind kind, String recipient) {
        return UUID.nameUUIDFromBytes(
                        (sourceEventId + "|" + kind.name() + "|" + recipient).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** Marks it read; reading it again changes nothing. */
    public boolean markRead(Instant at) {
        if (readAt != null) {
            return false;
        }
        readAt = Objects.requireNonNull(at, "at");
        return true;
    }

    public String id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public NoticeKind kind() {
        return kind;
    }

    public String templateKey() {
        return templateKey;
    }

    public int templateVersion() {
        return templateVersion;
    }

    public Map<String, String> values() {
        return values == null ? Map.of() : Map.copyOf(values);
    }

    public String text() {
        return text;
    }

    public String subjectId() {
        return subjectId;
    }

    public String sourceEventId() {
        return sourceEventId;
    }

    public long sequence() {
        return sequence;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
