package io.onewindow.appointment.agency;

import io.onewindow.appointment.agency.domain.EnrolledAgent;
import io.onewindow.appointment.agency.domain.GrantedVia;
import io.onewindow.appointment.agency.domain.Intermediary;
import io.onewindow.appointment.agency.domain.Mandate;
import io.onewindow.appointment.agency.domain.MandateTerm;
import io.onewindow.appointment.agency.domain.NewMandate;
import io.onewindow.appointment.agency.domain.PrincipalKind;
import io.onewindow.appointment.config.AppointmentSettings;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.identity.IdentityPseudonyms;
import io.onewindow.platform.identity.ResidentIdNumber;
import io.onewindow.platform.identity.UnifiedSocialCreditCode;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Mandates (授权委托): a principal gives an enrolled agent a mandate from their own account, or a
 * window officer records one after checking the principal's ID card; the principal (or a window for
 * them) revokes it; the principal lists what they gave, the agent what they received. Another
 * principal's mandate answers as if it did not exist.
 */
@UseCase
public class MandateDesk {

    private final MandateStore mandates;
    private final IntermediaryStore intermediaries;
    private final IdentityPseudonyms pseudonyms;
    private final AppointmentSettings settings;
    private final Clock clock;

    MandateDesk(
            MandateStore mandates,
            IntermediaryStore intermediaries,
            IdentityPseudonyms pseudonyms,
            AppointmentSettings settings,
            Clock clock) {
        this.mandates = mandates;
        this.intermediaries = intermediaries;
        this.pseudonyms = pseudonyms;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * What the principal grants: the agent by ID number (as on a paper 授权委托书), the matters
     * (empty for all), the first day (today when {@code null}) and the last day.
     */
    public record Grant(String agentIdNumber, List<String> matterCodes, LocalDate validFrom, LocalDate validUntil) {}

    /**
     * The principal at a window: a person's ID number or an enterprise's credit code (exactly one),
     * the name on the card, and that the officer checked the ID card.
     */
    public record AtWindow(
            String principalIdNumber, String principalCreditCode, String principalName, boolean idCardChecked) {}

    /**
     * A principal grants a mandate from their own account (citizen: the token's ID number;
     * enterprise: the token's credit code).
     */
    public Mandate grant(Caller caller, Grant grant) {
        Principal principal = self(caller);
        return add(principal, null, grant, GrantedVia.ONLINE, caller.username());
    }

    /** A window officer records a mandate the principal gives in person, after checking the ID card. */
    public Mandate grantAtWindow(Caller caller, AtWindow principal, Grant grant) {
        requireOfficer(caller);
        Principal checked = checkedAtWindow(principal);
        return add(checked, principal.principalName().strip(), grant, GrantedVia.WINDOW, caller.username());
    }

    /**
     * The principal revokes one of their mandates.
     *
     * @throws NotFoundException {@code mandate} for another principal's mandate
     */
    public Mandate revoke(Caller caller, String mandateId) {
        Principal principal = self(caller);
        return revokeOf(principal, mandateId, caller.username());
    }

    /** A window officer revokes a mandate for the principal whose ID card was checked. */
    public Mandate revokeAtWindow(Caller caller, String mandateId, AtWindow principal) {
        requireOfficer(caller);
        return revokeOf(checkedAtWindow(principal), mandateId, caller.username());
    }

    /** The mandates the caller gave. */
    public List<Mandate> given(Caller caller) {
        return mandates.givenBy(self(caller).pseudonym());
    }

    /** The mandates given to the calling agent. */
    public List<Mandate> received(Caller caller) {
        if (!caller.hasRole(Roles.AGENT)) {
            throw new AccessRefusedException("agent-required", "only an agent receives mandates");
        }
        if (caller.idNumber() == null || !ResidentIdNumber.isValid(caller.idNumber())) {
            throw new AccessRefusedException("verified-id-required", "an agent account needs a verified ID number");
        }
        return mandates.givenTo(
                pseudonyms.ofIdNumber(ResidentIdNumber.of(caller.idNumber()).value()));
    }

    private Mandate revokeOf(Principal principal, String mandateId, String by) {
        mandates.find(mandateId)
                .filter(m -> m.principalPseudonym().equals(principal.pseudonym()))
                .orElseThrow(() -> new NotFoundException("mandate", mandateId));
        return mandates.change(mandateId, m -> m.revoke(by, clock.instant()));
    }

    private Mandate add(Principal principal, String name, Grant grant, GrantedVia via, String by) {
        ResidentIdNumber agentId = ResidentIdNumber.of(grant.agentIdNumber());
        String agentPseudonym = pseudonyms.ofIdNumber(agentId.value());
        Intermediary intermediary = intermediaries
                .ofAgentId(agentPseudonym)
                .orElseThrow(() -> new InvalidValueException(
                        "mandate.agent-not-enrolled",
                        "agentIdNumber",
                        "no agent with this ID number is enrolled under a registered intermediary"));
        EnrolledAgent agent = intermediary.agentWithId(agentPseudonym).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        MandateTerm term = MandateTerm.of(
                grant.validFrom() == null ? today : grant.validFrom(),
                grant.validUntil(),
                today,
                clock.getZone(),
                settings.mandateMaxLength());
        Mandate mandate = Mandate.grant(
                new NewMandate(
                        UUID.randomUUID().toString(),
                        principal.pseudonym(),
                        principal.kind(),
                        principal.masked(),
                        name,
                        agent,
                        intermediary.creditCode(),
                        grant.matterCodes(),
                        term,
                        via,
                        by),
                clock.instant());
        mandates.add(mandate);
        return mandate;
    }

    /** Who gives or revokes: pseudonym, kind, masked number. */
    private record Principal(String pseudonym, PrincipalKind kind, String masked) {}

    private Principal self(Caller caller) {
        if (caller.hasRole(Roles.ENTERPRISE)) {
            if (caller.creditCode() == null || !UnifiedSocialCreditCode.isValid(caller.creditCode())) {
                throw new AccessRefusedException("verified-id-required", "an enterprise account needs its credit code");
            }
            return enterprise(UnifiedSocialCreditCode.of(caller.creditCode()));
        }
        if (caller.hasRole(Roles.CITIZEN)) {
            if (caller.idNumber() == null || !ResidentIdNumber.isValid(caller.idNumber())) {
                throw new AccessRefusedException("verified-id-required", "a mandate needs a verified ID number");
            }
            return person(ResidentIdNumber.of(caller.idNumber()));
        }
        throw new AccessRefusedException("principal-required-role", "only citizens and enterprises give mandates");
    }

    private Principal checkedAtWindow(AtWindow at) {
        if (!at.idCardChecked()) {
            throw new InvalidValueException(
                    "mandate.id-card-not-checked", "idCardChecked", "the officer checks the principal's ID card first");
        }
        if ((at.principalIdNumber() == null) == (at.principalCreditCode() == null)) {
            throw new InvalidValueException(
                    "mandate.principal-ambiguous",
                    "principalIdNumber",
                    "name the principal by exactly one of ID number and credit code");
        }
        return at.principalIdNumber() != null
                ? person(ResidentIdNumber.of(at.principalIdNumber()))
                : enterprise(UnifiedSocialCreditCode.of(at.principalCreditCode()));
    }

    private Principal person(ResidentIdNumber id) {
        return new Principal(pseudonyms.ofApplicant(id.value(), false), PrincipalKind.PERSON, id.masked());
    }

    private Principal enterprise(UnifiedSocialCreditCode code) {
        return new Principal(pseudonyms.ofApplicant(code.value(), true), PrincipalKind.ENTERPRISE, code.masked());
    }

    private static void requireOfficer(Caller caller) {
        if (!caller.hasRole(Roles.WINDOW_OFFICER)) {
            throw new AccessRefusedException("window-officer-required", "only a window officer records at a window");
        }
    }
}
