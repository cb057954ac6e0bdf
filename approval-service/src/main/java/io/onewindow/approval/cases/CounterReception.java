package io.onewindow.approval.cases;

import io.onewindow.approval.cases.domain.ApplicationCase;
import io.onewindow.approval.cases.domain.Visit;
import io.onewindow.approval.catalog.MatterCatalog;
import io.onewindow.approval.catalog.domain.MatterVersion;
import io.onewindow.approval.catalog.domain.Subject;
import io.onewindow.approval.counter.Counter;
import io.onewindow.approval.counter.domain.HallTicket;
import io.onewindow.approval.counter.domain.HallWindow;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A visit becomes a case (前台受理): at the counter a window officer turns a checked-in queue ticket
 * into a case that carries the service point, its tier, the window and the ticket. A department
 * window receives its department's matters; a comprehensive window (综合受理窗口) receives any
 * matter offered at its point and hands it to the owning department's back office. Every check runs
 * before a case number is taken; a refused reception writes nothing, and one ticket becomes one case.
 */
@UseCase
public class CounterReception {

    private final Counter counter;
    private final CaseFiling filing;
    private final MatterCatalog catalog;
    private final ApplicantPseudonyms pseudonyms;
    private final CaseStore cases;
    private final Clock clock;

    CounterReception(
            Counter counter,
            CaseFiling filing,
            MatterCatalog catalog,
            ApplicantPseudonyms pseudonyms,
            CaseStore cases,
            Clock clock) {
        this.counter = counter;
        this.filing = filing;
        this.catalog = catalog;
        this.pseudonyms = pseudonyms;
        this.cases = cases;
        this.clock = clock;
    }

    /**
     * Receives {@code application} from the visit of {@code ticketId} at window {@code window}.
     *
     * @throws AccessRefusedException {@code counter.not-posted-here} when the officer does not hold that
     *     window of the ticket's point; {@code application.other-department} when a department window
     *     receives another department's matter
     * @throws InvalidValueException {@code counter.unknown-ticket}, {@code counter.unknown-window},
     *     {@code counter.matter-not-booked}, {@code counter.matter-not-offered}
     * @throws ConflictException {@code counter.visitor-mismatch} when the applicant is not the person who
     *     checked in; {@code counter.visit-already-filed} when the visit became a case already
     */
    public ApplicationCase receive(
            String ticketId,
            String window,
            CaseFiling.Application application,
            Caller caller,
            CaseFiling.TokenFacts token) {
        HallTicket ticket = ticketFor(ticketId, caller);
        requireSingle(ticket);
        CaseFiling.Principal principal = application.principal();
        if (principal == null) {
            throw new InvalidValueException(
                    "application.principal-required", "principal", "say whom the visitor applies for");
        }
        MatterVersion version = catalog.currentVersion(application.matterCode())
                .orElseThrow(() -> new InvalidValueException(
                        "application.unknown-matter", "matterCode", "no published matter " + application.matterCode()));
        Visit visit = visitAt(
                ticket,
                window,
                application.matterCode(),
                version.definition().department(),
                principal.type() == Subject.PERSON ? principal.code() : null,
                caller);
        String claim = "pending:" + java.util.UUID.randomUUID();
        if (!counter.claim(ticketId, claim)) {
            throw new ConflictException("counter.visit-already-filed", "this visit became a case already");
        }
        ApplicationCase received;
        try {
            received = filing.submit(application, caller, token, visit);
        } catch (RuntimeException refused) {
            counter.release(ticketId, claim);
            throw refused;
        }
        counter.settle(ticketId, claim, received.id());
        return received;
    }

    /**
     * Attaches the visit of {@code ticketId} to the applicant's case {@code caseId} filed online (the
     * applicant came to the counter for it), with the same checks as a reception: the officer's post and
     * window, the matter booked, the department or comprehensive window, the visitor being the
     * applicant. The case then carries the visit, as a case received from one does.
     *
     * @throws ConflictException also {@code counter.case-has-visit} when the case has its visit already
     */
    public ApplicationCase attach(String caseId, String ticketId, String window, Caller caller) {
        HallTicket ticket = ticketFor(ticketId, caller);
        requireSingle(ticket);
        ApplicationCase before = cases.get(caseId);
        Visit visit = visitAt(
                ticket,
                window,
                before.matter().code(),
                before.matter().department(),
                before.applicant().type() == Subject.PERSON ? before.applicant().code() : null,
                caller);
        if (before.particulars().visit() != null) {
            throw new ConflictException("counter.case-has-visit", "the case already has its hall visit");
        }
        String claim = "pending:" + java.util.UUID.randomUUID();
        if (!counter.claim(ticketId, claim)) {
            throw new ConflictException("counter.visit-already-filed", "this visit became a case already");
        }
        ApplicationCase attached;
        try {
            attached = cases.change(caseId, c -> c.attachVisit(visit, clock));
        } catch (RuntimeException refused) {
            counter.release(ticketId, claim);
            throw refused;
        }
        counter.settle(ticketId, claim, attached.id());
        return attached;
    }

    /**
     * One department's part of a linked filing received at the counter.
     *
     * @param matterCode the part's matter, one the visitor checked in for
     * @param formData its application form
     * @param materials the materials given for this part only
     */
    public record LinkedPart(
            String matterCode, Map<String, String> formData, List<CaseFiling.MaterialGiven> materials) {}

    /**
     * Receives the visit of a linked ticket (一号联办: the parts of a linked business checked in once) as
     * one linked filing (联办件): a case per department under one linked number, every part checked as a
     * single reception is (the officer's post and window, each part's department or the comprehensive
     * window, the visitor being the applicant). Materials given once ({@code shared}) go, by reference to
     * the same upload or e-license, to every part whose catalog entry lists them. Nothing is written unless
     * every part passes, and one visit becomes one linked filing.
     *
     * @return the parts' cases, in visiting order
     * @throws InvalidValueException also {@code counter.ticket-not-linked} for a ticket of one matter,
     *     {@code counter.linked-parts-differ} unless the parts are exactly the ticket's,
     *     {@code counter.shared-material-unused} for a shared material no part lists,
     *     {@code counter.material-given-twice} for a material given shared and for a part
     */
    public List<ApplicationCase> receiveLinked(
            String ticketId,
            String window,
            CaseFiling.Principal principal,
            List<CaseFiling.MaterialGiven> shared,
            List<LinkedPart> parts,
            Caller caller,
            CaseFiling.TokenFacts token) {
        HallTicket ticket = ticketFor(ticketId, caller);
        if (!ticket.linked()) {
            throw new InvalidValueException(
                    "counter.ticket-not-linked",
                    "visit.ticketId",
                    "ticket " + ticket.ticketNumber() + " serves one matter: receive it as one case");
        }
        if (principal == null) {
            throw new InvalidValueException(
                    "application.principal-required", "principal", "say whom the visitor applies for");
        }
        List<String> booked =
                ticket.linkedParts().stream().map(HallTicket.Part::matterCode).toList();
        List<String> given = parts.stream().map(LinkedPart::matterCode).toList();
        if (given.size() != booked.size() || !given.containsAll(booked)) {
            throw new InvalidValueException(
                    "counter.linked-parts-differ",
                    "parts",
                    "the visitor checked in for " + String.join(", ", booked) + ": give each part once");
        }
        List<LinkedPart> ordered = booked.stream()
                .map(code -> parts.stream()
                        .filter(p -> p.matterCode().equals(code))
                        .findFirst()
                        .orElseThrow())
                .toList();
        Map<String, MatterVersion> versions = new java.util.LinkedHashMap<>();
        Visit visit = null;
        for (LinkedPart part : ordered) {
            MatterVersion version = catalog.currentVersion(part.matterCode())
                    .orElseThrow(() -> new InvalidValueException(
                            "application.unknown-matter",
                            "parts.matterCode",
                            "no published matter " + part.matterCode()));
            versions.put(part.matterCode(), version);
            visit = visitAt(
                    ticket,
                    window,
                    part.matterCode(),
                    version.definition().department(),
                    principal.type() == Subject.PERSON ? principal.code() : null,
                    caller);
        }
        List<CaseFiling.Application> applications = applicationsOf(ordered, versions, principal, shared);
        String claim = "pending:" + java.util.UUID.randomUUID();
        if (!counter.claim(ticketId, claim)) {
            throw new ConflictException("counter.visit-already-filed", "this visit became a linked filing already");
        }
        List<ApplicationCase> received;
        try {
            received = filing.submitLinked(applications, ticket.linkedBusiness(), caller, token, visit);
        } catch (RuntimeException refused) {
            counter.release(ticketId, claim);
            throw refused;
        }
        counter.settle(ticketId, claim, received.get(0).id());
        return received;
    }

    /** Each part's application, with the shared materials its catalog entry lists. */
    private static List<CaseFiling.Application> applicationsOf(
            List<LinkedPart> parts,
            Map<String, MatterVersion> versions,
            CaseFiling.Principal principal,
            List<CaseFiling.MaterialGiven> shared) {
        List<CaseFiling.MaterialGiven> once = shared == null ? List.of() : shared;
        for (CaseFiling.MaterialGiven material : once) {
            boolean listed = versions.values().stream()
                    .anyMatch(v -> v.definition().materials().stream()
                            .anyMatch(m -> m.code().equals(material.materialCode())));
            if (!listed) {
                throw new InvalidValueException(
                        "counter.shared-material-unused",
                        "sharedMaterials.materialCode",
                        "no part of this linked business lists material " + material.materialCode());
            }
        }
        List<CaseFiling.Application> applications = new ArrayList<>();
        for (LinkedPart part : parts) {
            List<CaseFiling.MaterialGiven> own = part.materials() == null ? List.of() : part.materials();
            for (CaseFiling.MaterialGiven material : own) {
                if (once.stream().anyMatch(s -> s.materialCode().equals(material.materialCode()))) {
                    throw new InvalidValueException(
                            "counter.material-given-twice",
                            "parts.materials.materialCode",
                            "material " + material.materialCode() + " is given once for every part already");
                }
            }
            MatterVersion version = versions.get(part.matterCode());
            List<CaseFiling.MaterialGiven> materials = new ArrayList<>(own);
            once.stream()
                    .filter(s -> version.definition().materials().stream()
                            .anyMatch(m -> m.code().equals(s.materialCode())))
                    .forEach(materials::add);
            applications.add(new CaseFiling.Application(
                    part.matterCode(),
                    principal,
                    null,
                    part.formData() == null ? Map.of() : part.formData(),
                    materials));
        }
        return applications;
    }

    /** A linked ticket is received as one linked filing, never part by part. */
    private static void requireSingle(HallTicket ticket) {
        if (ticket.linked()) {
            throw new ConflictException(
                    "counter.visit-is-linked",
                    "ticket " + ticket.ticketNumber() + " serves the linked business " + ticket.linkedBusiness()
                            + ": receive its parts together as one linked filing");
        }
    }

    private HallTicket ticketFor(String ticketId, Caller caller) {
        if (!caller.hasRole(Roles.WINDOW_OFFICER)) {
            throw new AccessRefusedException("counter.not-an-officer", "window officers receive visits");
        }
        return counter.ticket(ticketId)
                .orElseThrow(() -> new InvalidValueException(
                        "counter.unknown-ticket", "visit.ticketId", "no queue ticket " + ticketId));
    }

    /**
     * The visit of {@code ticket} received at {@code window} for {@code matterCode} of {@code department},
     * once the officer's post, the window, the matter and the visitor check out.
     *
     * @param personIdNumber the applicant's ID number when the applicant is a person (who must be the
     *     visitor who checked in), {@code null} for an enterprise (represented by the visitor)
     */
    private Visit visitAt(
            HallTicket ticket,
            String window,
            String matterCode,
            String department,
            String personIdNumber,
            Caller caller) {
        if (!counter.posted(caller.username(), ticket.servicePointId(), window)) {
            throw new AccessRefusedException(
                    "counter.not-posted-here",
                    "you are not posted at window " + window + " of " + ticket.servicePointId());
        }
        HallWindow at = counter.window(ticket.servicePointId(), window)
                .orElseThrow(() -> new InvalidValueException(
                        "counter.unknown-window",
                        "visit.window",
                        "no window " + window + " at " + ticket.servicePointId()));
        boolean booked = ticket.matterCode().equals(matterCode)
                || ticket.linkedParts().stream()
                        .anyMatch(part -> part.matterCode().equals(matterCode));
        if (!booked) {
            throw new InvalidValueException(
                    "counter.matter-not-booked",
                    "matterCode",
                    "the visitor came for " + ticket.matterCode() + ", not " + matterCode);
        }
        if (at.comprehensive()) {
            if (!counter.offers(ticket.servicePointId(), matterCode)) {
                throw new InvalidValueException(
                        "counter.matter-not-offered",
                        "matterCode",
                        matterCode + " is not offered at " + ticket.servicePointId());
            }
        } else if (!department.equals(at.department()) || !caller.belongsTo(department)) {
            throw new AccessRefusedException(
                    "application.other-department", "a department window receives its own department's matters");
        }
        if (personIdNumber != null && !pseudonyms.isPerson(personIdNumber, ticket.principalIdHash())) {
            throw new ConflictException(
                    "counter.visitor-mismatch", "the applicant is not the person who checked in with this ticket");
        }
        return new Visit(
                ticket.ticketId(),
                ticket.ticketNumber(),
                ticket.servicePointId(),
                at.tier(),
                window,
                at.comprehensive(),
                caller.username());
    }
}
