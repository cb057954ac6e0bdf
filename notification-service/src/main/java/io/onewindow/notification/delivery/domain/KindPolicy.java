package io.onewindow.notification.delivery.domain;

import io.onewindow.notification.inbox.domain.NoticeKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which notice kinds a person may opt out of on the outbound channels, and which do not wait for
 * quiet hours. The inbox always gets every notice.
 *
 * <ul>
 *   <li><b>Statutory</b> (no opt-out: the law or a deadline runs on them): correction notices,
 *       acceptance and non-acceptance, decisions (approved, denied), a license suspended or revoked.
 *       The person still chooses the channels they go out on.
 *   <li><b>Urgent</b> (sent in quiet hours too): a booking cancelled because the hall closed or
 *       changed its hours — it may be the morning of the visit.
 * </ul>
 */
public final class KindPolicy {

    private static final Set<NoticeKind> STATUTORY = EnumSet.of(
            NoticeKind.CORRECTION_REQUESTED,
            NoticeKind.CASE_ACCEPTED,
            NoticeKind.CASE_NOT_ACCEPTED,
            NoticeKind.CASE_APPROVED,
            NoticeKind.CASE_DENIED,
            NoticeKind.LICENSE_SUSPENDED,
            NoticeKind.LICENSE_REVOKED);

    private static final Set<NoticeKind> URGENT = EnumSet.of(NoticeKind.BOOKING_CANCELLED_BY_HALL);

    private KindPolicy() {}

    public static boolean isStatutory(NoticeKind kind) {
        return STATUTORY.contains(kind);
    }

    public static boolean isUrgent(NoticeKind kind) {
        return URGENT.contains(kind);
    }

    public static Set<NoticeKind> statutory() {
        return EnumSet.copyOf(STATUTORY);
    }
}
