package io.onewindow.supervision.rules;

import io.onewindow.platform.events.appointment.AgentBookingRefused;
import io.onewindow.platform.events.approval.AgentFilingRefused;
import io.onewindow.platform.events.license.LicenseReadRefused;
import io.onewindow.platform.service.ServiceProperties;
import io.onewindow.platform.service.UseCase;
import io.onewindow.supervision.alerts.AlertBook;
import io.onewindow.supervision.rules.domain.AgentRefusalRule;
import io.onewindow.supervision.rules.domain.LicenseReadRefusalRule;
import io.onewindow.supervision.rules.domain.Refusal;
import java.time.ZoneId;
import java.util.List;

/**
 * Keeps the refusals other services report and runs rules 10 and 11 on them: an agent's refused
 * bookings (appointment) and filings (approval) for others, counted together; a member of staff's
 * refused license reads (e-license).
 */
@UseCase
public class RefusalInspection {

    private static final List<String> AGENT_KINDS = List.of(Refusal.AGENT_BOOKING, Refusal.AGENT_FILING);

    private final RefusalStore refusals;
    private final AgentRefusalRule agentRule;
    private final LicenseReadRefusalRule readRule;
    private final AlertBook alerts;
    private final ZoneId zone;

    RefusalInspection(
            RefusalStore refusals,
            AgentRefusalRule agentRule,
            LicenseReadRefusalRule readRule,
            AlertBook alerts,
            ServiceProperties service) {
        this.refusals = refusals;
        this.agentRule = agentRule;
        this.readRule = readRule;
        this.alerts = alerts;
        this.zone = service.timeZone();
    }

    public void agentBookingRefused(String eventId, AgentBookingRefused e) {
        agentRefused(new Refusal(
                e.refusalId(),
                eventId,
                Refusal.AGENT_BOOKING,
                e.agentUsername(),
                e.department(),
                e.matterCode(),
                e.reason(),
                e.refusedAt()));
    }

    public void agentFilingRefused(String eventId, AgentFilingRefused e) {
        agentRefused(new Refusal(
                e.refusalId(),
                eventId,
                Refusal.AGENT_FILING,
                e.agentUsername(),
                e.department(),
                e.matterCode(),
                e.reason(),
                e.refusedAt()));
    }

    public void licenseReadRefused(String eventId, LicenseReadRefused e) {
        Refusal refusal = new Refusal(
                e.refusalId(),
                eventId,
                Refusal.LICENSE_READ,
                e.readerUsername(),
                e.readerDepartment(),
                e.identifier(),
                e.reason(),
                e.refusedAt());
        if (refusal.actor() == null || refusal.at() == null) {
            return;
        }
        refusals.add(refusal);
        // Every burst this refusal can belong to ends within a window after it: read both sides.
        alerts.raise(readRule.repeated(
                refusal.actor(),
                refusals.of(
                        refusal.actor(),
                        List.of(Refusal.LICENSE_READ),
                        refusal.at().minus(readRule.window()),
                        refusal.at().plus(readRule.window())),
                zone));
    }

    private void agentRefused(Refusal refusal) {
        if (refusal.actor() == null || refusal.at() == null) {
            return;
        }
        refusals.add(refusal);
        alerts.raise(agentRule.repeated(
                refusal.actor(),
                refusals.of(
                        refusal.actor(),
                        AGENT_KINDS,
                        refusal.at().minus(agentRule.window()),
                        refusal.at().plus(agentRule.window())),
                zone));
    }
}
