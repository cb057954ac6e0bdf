package io.onewindow.appointment.agency;

import io.onewindow.appointment.agency.domain.Intermediary;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.identity.IdentityPseudonyms;
import io.onewindow.platform.identity.ResidentIdNumber;
import io.onewindow.platform.identity.UnifiedSocialCreditCode;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.util.List;

/**
 * The register of intermediaries (中介机构名录): a platform administrator registers an intermediary
 * and enrols agent accounts under it; platform administrators and inspectors read it. An agent
 * belongs to at most one intermediary ({@link AgentClaims}).
 */
@UseCase
public class IntermediaryRegister {

    private final IntermediaryStore intermediaries;
    private final AgentClaims claims;
    private final IdentityPseudonyms pseudonyms;
    private final Clock clock;

    IntermediaryRegister(
            IntermediaryStore intermediaries, AgentClaims claims, IdentityPseudonyms pseudonyms, Clock clock) {
        this.intermediaries = intermediaries;
        this.claims = claims;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    /** Registers an intermediary by its unified social credit code and name. */
    public record Registration(String creditCode, String name) {}

    /** Enrols an agent account with the agent's resident ID number. */
    public record Enrolment(String agentUsername, String agentIdNumber) {}

    /**
     * Registers an intermediary.
     *
     * @throws AccessRefusedException {@code platform-admin-required}
     * @throws io.onewindow.platform.domain.InvalidValueException {@code credit-code.*}
     * @throws io.onewindow.platform.domain.ConflictException {@code agency.intermediary-registered}
     */
    public Intermediary register(Caller caller, Registration registration) {
        requireAdmin(caller);
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of(registration.creditCode());
        Intermediary intermediary =
                Intermediary.register(code, registration.name(), caller.username(), clock.instant());
        intermediaries.add(intermediary);
        return intermediary;
    }

    /**
     * Enrols an agent under a registered intermediary.
     *
     * @throws NotFoundException {@code intermediary}
     * @throws io.onewindow.platform.domain.ConflictException {@code agency.agent-enrolled}
     */
    public Intermediary enrol(Caller caller, String creditCode, Enrolment enrolment) {
        requireAdmin(caller);
        ResidentIdNumber id = ResidentIdNumber.of(enrolment.agentIdNumber());
        String code = registered(creditCode).creditCode();
        String pseudonym = pseudonyms.ofIdNumber(id.value());
        List<String> claimed = claims.claim(enrolment.agentUsername(), pseudonym, code);
        try {
            return intermediaries.change(
                    code,
                    i -> i.enrol(
                            enrolment.agentUsername(), pseudonym, id.masked(), caller.username(), clock.instant()));
        } catch (RuntimeException e) {
            claims.release(claimed, code);
            throw e;
        }
    }

    /** The register, for platform administrators and inspectors. */
    public List<Intermediary> all(Caller caller) {
        requireReader(caller);
        return intermediaries.all();
    }

    /** One intermediary, for platform administrators and inspectors. */
    public Intermediary one(Caller caller, String creditCode) {
        requireReader(caller);
        return registered(creditCode);
    }

    private Intermediary registered(String creditCode) {
        String code = UnifiedSocialCreditCode.isValid(creditCode)
                ? UnifiedSocialCreditCode.of(creditCode).value()
                : creditCode;
        return intermediaries.find(code).orElseThrow(() -> new NotFoundException("intermediary", creditCode));
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.hasRole(Roles.PLATFORM_ADMIN)) {
            throw new AccessRefusedException(
                    "platform-admin-required", "only a platform administrator keeps the register");
        }
    }

    private static void requireReader(Caller caller) {
        if (!caller.hasAnyRole(Roles.PLATFORM_ADMIN, Roles.INSPECTOR)) {
            throw new AccessRefusedException(
                    "platform-admin-required", "only platform administrators and inspectors read the register");
        }
    }
}
