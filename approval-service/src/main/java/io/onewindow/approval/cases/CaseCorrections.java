package io.onewindow.approval.cases;

import io.onewindow.approval.agency.AgentAuthority;
import io.onewindow.approval.cases.domain.ApplicationCase;
import io.onewindow.approval.cases.domain.SubmittedMaterial;
import io.onewindow.approval.config.ApprovalSettings;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Pre-review and correction (Art. 32): e-license checks run again when the e-license service was
 * down, the window gives correction notices under the one-time notification rule, and the applicant
 * answers with new materials, which are pre-reviewed again.
 */
@UseCase
public class CaseCorrections {

    private final CaseStore cases;
    private final CaseMaterials materials;
    private final Clock clock;
    private final WorkingCalendar calendar;
    private final ApprovalSettings settings;
    private final ApplicantPseudonyms pseudonyms;
    private final AgentAuthority agents;
    private final CaseAccess access;

    CaseCorrections(
            CaseStore cases,
            CaseMaterials materials,
            Clock clock,
            WorkingCalendar calendar,
            ApprovalSettings settings,
            ApplicantPseudonyms pseudonyms,
            AgentAuthority agents,
            CaseAccess access) {
        this.cases = cases;
        this.materials = materials;
        this.clock = clock;
        this.calendar = calendar;
        this.settings = settings;
        this.pseudonyms = pseudonyms;
        this.agents = agents;
        this.access = access;
    }

    /** Runs the e-license checks again for a case left waiting because e-license-service was down. */
    public ApplicationCase recheckLicenses(String caseId, Caller caller, String bearerToken) {
        return cases.change(
                caseId,
                c -> c.recheckLicenses(
                        materials.checker(c.applicant(), bearerToken), access.requireOfficerOrOwner(c, caller), clock));
    }

    /** Gives a correction notice listing every item at once (art. 32). */
    public ApplicationCase requestCorrection(
            String caseId, Map<String, String> problemsByMaterial, String justification, Caller caller) {
        return cases.change(
                caseId,
                c -> c.requestCorrection(
                        problemsByMaterial,
                        justification,
                        access.requireStaff(c, caller, Roles.WINDOW_OFFICER),
                        clock));
    }

    /**
     * The applicant, or the agent who filed (under a live mandate of the applicant), answers a
     * correction notice with new materials.
     */
    public ApplicationCase resubmit(
            String caseId, List<CaseFiling.MaterialGiven> given, Caller caller, String bearerToken) {
        CaseFiling.requireMandateOfAgent(
                cases.get(caseId), caller, AgentAuthority.Action.RESUBMIT, pseudonyms, agents, access);
        List<SubmittedMaterial> replacements = materials.of(given, caller);
        return materials.attached(cases.change(caseId, c -> {
            var actor = access.requireOwner(c, caller);
            c.resubmit(replacements, actor, clock, calendar, settings.art32().noticeWorkingDays());
            c.preReview(materials.checker(c.applicant(), bearerToken), actor, clock);
        }));
    }
}
