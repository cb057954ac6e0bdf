package io.onewindow.notification.inbox;

import io.onewindow.notification.inbox.domain.Notice;
import io.onewindow.notification.inbox.domain.NoticeDraft;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * A person's inbox: notices are posted into it (one per recipient of a draft, once per source
 * event), read page by page, and marked read. Who may read is checked by the controller's role
 * check; whose notices they are comes from the token only ({@link InboxKeys}): another person's
 * notice is "not found".
 */
@UseCase
public class Inbox {

    private final NoticeStore notices;
    private final InboxKeys keys;
    private final Clock clock;
    private final LiveInbox live;

    Inbox(NoticeStore notices, InboxKeys keys, Clock clock, LiveInbox live) {
        this.notices = notices;
        this.keys = keys;
        this.clock = clock;
        this.live = live;
    }

    /**
     * Writes the draft's notices, one per recipient, unless the same event wrote them before.
     *
     * @return the notices written now (none for an event seen before)
     */
    public List<Notice> post(NoticeDraft draft, String sourceEventId) {
        List<Notice> written = new ArrayList<>();
        for (String recipient : draft.recipients()) {
            if (notices.find(Notice.idOf(sourceEventId, draft.kind(), recipient))
                    .isPresent()) {
                continue;
            }
            Notice notice = Notice.create(draft, recipient, sourceEventId, notices.nextSequence(), clock.instant());
            if (notices.addIfNew(notice)) {
                written.add(notice);
            }
        }
        if (!written.isEmpty()) {
            live.wake();
        }
        return written;
    }

    /** The caller's notices, newest first. */
    public Page<Notice> mine(Caller caller, Pageable page) {
        return notices.of(keys.of(caller), page);
    }

    /**
     * Marks one of the caller's notices read (again: no change).
     *
     * @throws NotFoundException when there is no such notice or it is someone else's
     */
    public Notice read(Caller caller, String noticeId) {
        Set<String> mine = keys.of(caller);
        notices.find(noticeId)
                .filter(n -> mine.contains(n.recipient()))
                .orElseThrow(() -> new NotFoundException("notice", noticeId));
        return notices.change(noticeId, n -> n.markRead(clock.instant()));
    }

    /** Marks all the caller's unread notices read; how many there were. */
    public long readAll(Caller caller) {
        return notices.markAllRead(keys.of(caller), clock.instant());
    }

    /** One notice by id, whoever's it is: for the outbound channels, which act for the service. */
    public java.util.Optional<Notice> find(String noticeId) {
        return notices.find(noticeId);
    }
}
