package io.onewindow.platform.events.license;

import io.onewindow.platform.events.DomainEvent;
import io.onewindow.platform.events.EventType;
import java.time.Instant;

/**
 * A member of staff asked for a license's full data without a duty that covers it: no case of
 * their department that cites this license. Supervision alerts on repeated attempts.
 *
 * @param refusalId the recorded refusal (aggregate id)
 * @param identifier the license identifier asked for (as given)
 * @param readerUsername who asked
 * @param readerDepartment the reader's department
 * @param matterCode the matter code given, may be {@code null}
 * @param caseNumber the case number given, may be {@code null}
 * @param reason {@code NO_SUCH_CASE}, {@code OTHER_DEPARTMENT} or {@code NOT_CITED}
 * @param refusedAt when
 */
@EventType("onewindow.license.LicenseReadRefused.v1")
public record LicenseReadRefused(
        String refusalId,
        String identifier,
        String readerUsername,
        String readerDepartment,
        String matterCode,
        String caseNumber,
        String reason,
        Instant refusedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return refusalId;
    }
}
