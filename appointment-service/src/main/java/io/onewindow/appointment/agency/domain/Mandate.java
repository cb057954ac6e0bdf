package io.onewindow.appointment.agency.domain;

import io.onewindow.platform.domain.AggregateRoot;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.events.appointment.MandateGranted;
import io.onewindow.platform.events.appointment.MandateRevoked;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A mandate (授权委托): a principal lets one enrolled agent book (and file) for them, for some
 * matters or all, within a term, until revoked. It covers a request only while live (not revoked,
 * now within its term) and only for the matters it names.
 */
public final class Mandate extends AggregateRoot {

    private final String id;
    private final String principalPseudonym;
    private final PrincipalKind principalKind;
    private final String maskedPrincipal;
    private final String principalName;
    private final String agentPseudonym;
    private final String agentUsername;
    private final String agentIdMasked;
    private final String intermediaryCode;
    private final List<String> matterCodes;
    private final MandateTerm term;
    private final GrantedVia grantedVia;
    private final String recordedBy;
    private final Instant grantedAt;
    private String revokedBy;
    private Instant revokedAt;

    /** Rebuilds a mandate from storage; records no event. */
    public Mandate(
            String id,
            String principalPseudonym,
            PrincipalKind principalKind,
            String maskedPrincipal,
            String principalName,
            String agentPseudonym,
            String agentUsername,
            String agentIdMasked,
            String intermediaryCode,
            List<String> matterCodes,
            MandateTerm term,
            GrantedVia grantedVia,
            String recordedBy,
            Instant grantedAt,
            String revokedBy,
            Instant revokedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.principalPseudonym = Objects.requireNonNull(principalPseudonym, "principalPseudonym");
        this.principalKind = Objects.requireNonNull(principalKind, "principalKind");
        this.maskedPrincipal = maskedPrincipal;
        this.principalName = principalName;
        this.agentPseudonym = Objects.requireNonNull(agentPseudonym, "agentPseudonym");
        this.agentUsername = Objects.requireNonNull(agentUsername, "agentUsername");
        this.agentIdMasked = agentIdMasked;
        this.intermediaryCode = Objects.requireNonNull(intermediaryCode, "intermediaryCode");
        this.matterCodes = matterCodes == null ? List.of() : List.copyOf(matterCodes);
        this.term = Objects.requireNonNull(term, "term");
        this.grantedVia = Objects.requireNonNull(grantedVia, "grantedVia");
        this.recordedBy = recordedBy;
        this.grantedAt = Objects.requireNonNull(grantedAt, "grantedAt");
        this.revokedBy = revokedBy;
        this.revokedAt = revokedAt;
    }

    /**
     * Grants a mandate: records {@link MandateGranted}.
     *
     * @throws InvalidValueException {@code mandate.self} when the principal names themself as agent
     */
    public static Mandate grant(NewMandate given, Instant now) {
        if (given.principalKind() == PrincipalKind.PERSON
                && given.principalPseudonym().equals(given.agent().idPseudonym())) {
            throw new InvalidValueException("mandate.self", "agentIdNumber", "a person does not mandate themself");
        }
        List<String> matters = List.copyOf(new TreeSet<>(given.matterCodes()));
        Mandate mandate = new Mandate(
                given.id(),
                given.principalPseudonym(),
                given.principalKind(),
                given.maskedPrincipal(),
                given.principalName(),
                given.agent().idPseudonym(),
                given.agent().username(),
                given.agent().idMasked(),
                given.intermediaryCode(),
                matters,
                given.term(),
                given.grantedVia(),
                given.recordedBy(),
                now,
                null,
                null);
        mandate.record(new MandateGranted(
                mandate.id,
                mandate.principalPseudonym,
                mandate.principalKind.name(),
                mandate.maskedPrincipal,
                mandate.agentPseudonym,
                mandate.agentUsername,
                mandate.intermediaryCode,
                matters,
                mandate.term.validFrom(),
                mandate.term.validUntil(),
                mandate.grantedVia.name(),
                mandate.recordedBy,
                now));
        return mandate;
    }

    /**
     * Revoked by the principal, or at a window for them: covers nothing from now on. Records
     * {@link MandateRevoked}.
     *
     * @throws ConflictException {@code mandate.already-revoked}
     */
    public void revoke(String by, Instant now) {
        if (revokedAt != null) {
            throw new ConflictException("mandate.already-revoked", "the mandate is already revoked");
        }
        revokedBy = by;
        revokedAt = now;
        record(new MandateRevoked(id, principalPseudonym, agentPseudonym, by, now));
    }

    /** Not revoked and {@code now} within its term. */
    public boolean isLiveAt(Instant now) {
        return revokedAt == null && term.contains(now);
    }

    /** Whether it names every one of {@code matters} (a mandate naming none covers every matter). */
    public boolean coversMatters(Collection<String> matters) {
        return matterCodes.isEmpty() || matterCodes.containsAll(matters);
    }

    /** Whether it was given by this principal to this agent. */
    public boolean isBetween(String principal, String agent) {
        return principalPseudonym.equals(principal) && agentPseudonym.equals(agent);
    }

    public String id() {
        return id;
    }

    public String principalPseudonym() {
        return principalPseudonym;
    }

    public PrincipalKind principalKind() {
        return principalKind;
    }

    public String maskedPrincipal() {
        return maskedPrincipal;
    }

    public String principalName() {
        return principalName;
    }

    public String agentPseudonym() {
        return agentPseudonym;
    }

    public String agentUsername() {
        return agentUsername;
    }

    public String agentIdMasked() {
        return agentIdMasked;
    }

    public String intermediaryCode() {
        return intermediaryCode;
    }

    public List<String> matterCodes() {
        return matterCodes;
    }

    public MandateTerm term() {
        return term;
    }

    public GrantedVia grantedVia() {
        return grantedVia;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
