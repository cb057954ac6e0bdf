package io.onewindow.approval.cases;

import io.onewindow.approval.ApprovalSettings;
import io.onewindow.approval.cases.domain.Actor;
import io.onewindow.approval.cases.domain.Applicant;
import io.onewindow.approval.cases.domain.ApplicationCase;
import io.onewindow.approval.cases.domain.CaseState;
import io.onewindow.approval.cases.domain.LicenseCheck;
import io.onewindow.approval.cases.domain.SubmittedMaterial;
import io.onewindow.approval.catalog.MatterCatalog;
import io.onewindow.approval.catalog.domain.MatterVersion;
import io.onewindow.approval.catalog.domain.ProcessStep;
import io.onewindow.approval.catalog.domain.Subject;
import io.onewindow.approval.materials.MaterialFiles;
import io.onewindow.approval.materials.StoredFile;
import io.onewindow.platform.calendar.CalendarNotCoveredException;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.calendar.spring.DeadlineRecomputer;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.events.approval.Channel;
import io.onewindow.platform.events.approval.SuspensionProcedure;
import io.onewindow.platform.messaging.outbox.EventRecorder;
import io.onewindow.platform.messaging.outbox.OutboxRelay;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * The case workflow: one method per business action. Each loads the case, checks who may act, lets
 * the aggregate guard the transition, and saves state, events and audit links in one document write.
 */
@Service
public class CaseWorkflow {

    private static final Logger log = LoggerFactory.getLogger(CaseWorkflow.class);

    private final CaseRepository cases;
    private final CaseNumbers numbers;
    private final MatterCatalog catalog;
    private final MaterialFiles files;
    private final LicenseVerifier licenses;
    private final EventRecorder recorder;
    private final OutboxRelay relay;
    private final Clock clock;
    private final WorkingCalendar calendar;
    private final ApprovalSettings settings;
    private final ApplicantPseudonyms pseudonyms;

    CaseWorkflow(
            CaseRepository cases,
            CaseNumbers numbers,
            MatterCatalog catalog,
            MaterialFiles files,
            LicenseVerifier licenses,
            EventRecorder recorder,
            OutboxRelay relay,
            Clock clock,
            WorkingCalendar calendar,
            ApprovalSettings settings,
            ApplicantPseudonyms pseudonyms) {
        this.cases = cases;
        this.numbers = numbers;
        this.catalog = catalog;
        this.files = files;
        this.licenses = licenses;
        this.recorder = recorder;
        this.relay = relay;
        this.clock = clock;
        this.calendar = calendar;
        this.settings = settings;
        this.pseudonyms = pseudonyms;
    }

    /**
     * Receives an application online (applicant, or agent for a principal) or at a window (officer of
     * the matter's department), checks offered e-licenses, and starts pre-review.
     */
    public ApplicationCase submit(Applying.Application application, Caller caller, Applying.TokenFacts token) {
        MatterVersion version = catalog.currentVersion(application.matterCode())
                .orElseThrow(() -> new InvalidValueException(
                        "application.unknown-matter", "matterCode", "no published matter " + application.matterCode()));
        Channel channel = caller.hasRole(Roles.WINDOW_OFFICER) ? Channel.WINDOW : Channel.ONLINE;
        if (channel == Channel.WINDOW && !caller.belongsTo(version.definition().department())) {
            throw new AccessRefusedException(
                    "application.other-department", "window officers file cases of their own department");
        }
        Applicant applicant = applicantOf(application, caller, token);
        String agent = caller.hasRole(Roles.AGENT) ? caller.username() : null;
        List<SubmittedMaterial> materials = materialsOf(application.materials(), caller);
        Actor actor = new Actor(caller.username(), actingRole(caller), caller.department());
        ApplicationCase submitted = ApplicationCase.submit(
                UUID.randomUUID().toString(),
                numbers.next("AP"),
                version.definition(),
                version.version(),
                applicant,
                pseudonyms.of(applicant),
                agent,
                actor,
                channel,
                application.formData(),
                materials,
                clock,
                calendar,
                settings.art32().noticeWorkingDays());
        submitted.preReview(checker(applicant, token.bearerToken()), actor, clock);
        CaseDocument document = CaseDocument.of(submitted);
        save(document);
        return submitted;
    }

    /** Runs the e-license checks again for a case left waiting because e-license-service was down. */
    public ApplicationCase recheckLicenses(String caseId, Caller caller, String bearerToken) {
        return handle(
                caseId,
                document -> requireOfficerOrOwner(document, caller),
                (c, actor) -> c.recheckLicenses(checker(c.applicant(), bearerToken), actor, clock));
    }

    /** Gives a correction notice listing every item at once (art. 32). */
    public ApplicationCase requestCorrection(
            String caseId, Map<String, String> problemsByMaterial, String justification, Caller caller) {
        return act(
                caseId,
                caller,
                Roles.WINDOW_OFFICER,
                (c, actor) -> c.requestCorrection(problemsByMaterial, justification, actor, clock));
    }

    /** The applicant answers a correction notice with new materials. */
    public ApplicationCase resubmit(
            String caseId, List<Applying.MaterialGiven> given, Caller caller, String bearerToken) {
        List<SubmittedMaterial> materials = materialsOf(given, caller);
        return handle(caseId, document -> requireOwner(document, caller), (c, actor) -> {
            c.resubmit(materials, actor, clock, calendar, settings.art32().noticeWorkingDays());
            c.preReview(checker(c.applicant(), bearerToken), actor, clock);
        });
    }

    /** Accepts (受理); starts the statutory clock. */
    public ApplicationCase accept(String caseId, Caller caller) {
        return act(caseId, caller, Roles.WINDOW_OFFICER, (c, actor) -> c.accept(actor, clock, calendar));
    }

    /** Refuses to accept (不予受理), with reason and legal basis. */
    public ApplicationCase refuseAcceptance(String caseId, String reason, String legalBasis, Caller caller) {
        return act(
                caseId,
                caller,
                Roles.WINDOW_OFFICER,
                (c, actor) -> c.refuseAcceptance(reason, legalBasis, actor, clock));
    }

    /** Completes the next review step of the catalog version, in the role the catalog gives it. */
    public ApplicationCase completeStep(String caseId, String stepCode, String opinion, Caller caller) {
        return handle(
                caseId,
                document -> {
                    requireVisible(document, caller);
                    // An unknown step is left for the aggregate to refuse, with the off-catalog code.
                    String role = document.data
                            .matter()
                            .step(stepCode)
                            .map(ProcessStep::role)
                            .orElse(actingRole(caller));
                    return requireStaff(document, caller, role);
                },
                (c, actor) -> c.completeStep(stepCode, opinion, actor, clock, calendar));
    }

    /** Stops the clock for an art. 45 procedure. */
    public ApplicationCase suspendClock(
            String caseId, SuspensionProcedure procedure, String reason, int expectedWorkingDays, Caller caller) {
        return act(
                caseId,
                caller,
                Roles.APPROVER,
                (c, actor) -> c.suspendClock(procedure, reason, expectedWorkingDays, actor, clock));
    }

    /** Starts the clock again after an art. 45 procedure. */
    public ApplicationCase resumeClock(String caseId, Caller caller) {
        return act(caseId, caller, Roles.APPROVER, (c, actor) -> c.resumeClock(actor, clock, calendar));
    }

    /** The one extension of the decision time limit. */
    public ApplicationCase extendTimeLimit(String caseId, int workingDays, String reason, Caller caller) {
        return act(
                caseId,
                caller,
                Roles.APPROVER,
                (c, actor) -> c.extendTimeLimit(workingDays, reason, actor, clock, calendar));
    }

    /** Approves; the event carries what the license needs. */
    public ApplicationCase approve(String caseId, Map<String, String> faceData, Caller caller) {
        return act(caseId, caller, Roles.APPROVER, (c, actor) -> c.approve(faceData, actor, clock));
    }

    /** Denies, with a reason. */
    public ApplicationCase deny(String caseId, String reason, String legalBasis, Caller caller) {
        return act(caseId, caller, Roles.APPROVER, (c, actor) -> c.deny(reason, legalBasis, actor, clock));
    }

    /** Accepts and decides at once, for on-the-spot matters and filings, by a window representative. */
    public ApplicationCase decideOnTheSpot(String caseId, Map<String, String> faceData, Caller caller) {
        return act(
                caseId,
                caller,
                Roles.WINDOW_OFFICER,
                (c, actor) -> c.decideOnTheSpot(faceData, actor, clock, calendar));
    }

    /** Delivers the decision and closes the case. */
    public ApplicationCase complete(String caseId, Caller caller) {
        return act(caseId, caller, Roles.WINDOW_OFFICER, (c, actor) -> c.complete(actor, clock, calendar));
    }

    /** The applicant, or the agent who filed, withdraws. */
    public ApplicationCase withdraw(String caseId, String reason, Caller caller) {
        return handle(
                caseId, document -> requireOwner(document, caller), (c, actor) -> c.withdraw(reason, actor, clock));
    }

    /**
     * The Art. 32 sweep: every application left in pre-review past its notice period counts as accepted
     * on receipt. A case changed concurrently is left for the next sweep.
     *
     * @return how many were accepted
     */
    public int acceptOverdueApplications() {
        int accepted = 0;
        List<CaseDocument> overdue;
        do {
            overdue =
                    cases.findByStateAndArt32DeadlineBefore("PRE_REVIEW", LocalDate.now(clock), PageRequest.of(0, 100));
            int before = accepted;
            for (CaseDocument found : overdue) {
                AtomicBoolean acceptedNow = new AtomicBoolean();
                try {
                    // Re-judged on a fresh read if the case changed meanwhile: an officer may just have acted.
                    handle(
                            found.id,
                            document -> Actor.SYSTEM,
                            (c, actor) -> acceptedNow.set(c.acceptIfNoticePeriodOver(clock, calendar)));
                } catch (ConflictException stillContended) {
                    // Left for the next sweep.
                } catch (CalendarNotCoveredException notPublishedYet) {
                    // Its limits reach into a year the calendar does not hold yet: it stays in
                    // pre-review and is accepted, as of its receipt, by the first sweep after the
                    // year is added. The other cases are not held up by it.
                    log.warn(
                            "Art. 32: case {} cannot be accepted automatically yet: {}",
                            found.id,
                            notPublishedYet.getMessage());
                }
                if (acceptedNow.get()) {
                    accepted++;
                }
            }
            if (accepted == before) {
                break;
            }
        } while (overdue.size() == 100);
        return accepted;
    }

    /**
     * Recounts the deadlines of every open case on a year's official arrangement, once per case
     * (the case remembers the year), each as its own write with its own event. A case changed
     * concurrently beyond the retries is left to the next run ({@link
     * io.onewindow.platform.calendar.spring.OfficialYearAdoption} runs again until every
     * recomputer finished).
     *
     * @return how many cases were recounted
     */
    public int recomputeDeadlines(DeadlineRecomputer.CalendarChange change) {
        int year = change.year().getValue();
        int recounted = 0;
        int contended = 0;
        List<String> open = Arrays.stream(CaseState.values())
                .filter(CaseState::isOpen)
                .map(Enum::name)
                .toList();
        // Paged by id, not by offset: a case that closes meanwhile does not shift the pages.
        String after = "";
        while (true) {
            List<CaseDocument> batch =
                    cases.findByStateInAndIdGreaterThan(open, after, PageRequest.of(0, 200, Sort.by("id")));
            for (CaseDocument found : batch) {
                after = found.id;
                if (!found.data.awaitsRecomputationFor(year)) {
                    continue;
                }
                try {
                    handle(
                            found.id,
                            document -> Actor.SYSTEM,
                            (c, actor) -> c.recomputeDeadlines(
                                    year, change.before(), change.after(), change.reason(), clock));
                    recounted++;
                } catch (ConflictException changedMeanwhile) {
                    contended++;
                }
            }
            if (batch.size() < 200) {
                break;
            }
        }
        if (contended > 0) {
            // The year stays waiting; the next round recounts what was left.
            throw new IllegalStateException(contended + " case(s) changed meanwhile; recounted in the next round");
        }
        return recounted;
    }

    // ---- helpers ------------------------------------------------------------------------------

    private ApplicationCase act(String caseId, Caller caller, String role, BiConsumer<ApplicationCase, Actor> action) {
        return handle(caseId, document -> requireStaff(document, caller, role), action);
    }

    /**
     * Loads, authorizes, acts and saves; when the save meets a newer version (the outbox relay bumps it
     * after publishing, or someone acted at the same moment) it starts again from a fresh read, so the
     * aggregate's guards judge the current state.
     */
    private ApplicationCase handle(
            String caseId, Function<CaseDocument, Actor> authorize, BiConsumer<ApplicationCase, Actor> action) {
        for (int attempt = 1; ; attempt++) {
            CaseDocument document = load(caseId);
            Actor actor = authorize.apply(document);
            action.accept(document.data, actor);
            try {
                return save(document);
            } catch (StaleCase stale) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw new ConflictException(
                            "application.changed-meanwhile", "the case changed meanwhile; reload and retry");
                }
            }
        }
    }

    private static final int MAX_ATTEMPTS = 5;

    /** The document changed between read and write. */
    private static final class StaleCase extends RuntimeException {
        StaleCase(Throwable cause) {
            super(cause);
        }
    }

    private Function<SubmittedMaterial, LicenseCheck> checker(Applicant applicant, String bearerToken) {
        return material -> licenses.check(material.licenseIdentifier(), applicant.code(), bearerToken);
    }

    private Applicant applicantOf(Applying.Application application, Caller caller, Applying.TokenFacts token) {
        Applying.Principal principal = application.principal();
        if (caller.hasAnyRole(Roles.AGENT, Roles.WINDOW_OFFICER)) {
            if (principal == null) {
                throw new InvalidValueException(
                        "application.principal-required", "principal", "say whom the application is for");
            }
            return new Applicant(principal.type(), principal.name(), principal.code());
        }
        if (principal != null) {
            throw new AccessRefusedException(
                    "application.principal-not-allowed", "only agents and window officers file for someone else");
        }
        if (caller.hasRole(Roles.ENTERPRISE) && caller.creditCode() != null) {
            if (application.enterpriseName() == null
                    || application.enterpriseName().isBlank()) {
                throw new InvalidValueException(
                        "application.enterprise-name-required", "enterpriseName", "the enterprise's name is required");
            }
            return new Applicant(Subject.ENTERPRISE, application.enterpriseName(), caller.creditCode());
        }
        if (caller.hasRole(Roles.CITIZEN) && caller.idNumber() != null) {
            return new Applicant(Subject.PERSON, token.displayName(), caller.idNumber());
        }
        throw new AccessRefusedException("application.not-an-applicant", "this account cannot file applications");
    }

    private List<SubmittedMaterial> materialsOf(List<Applying.MaterialGiven> given, Caller caller) {
        List<SubmittedMaterial> materials = new ArrayList<>();
        for (Applying.MaterialGiven material : given == null ? List.<Applying.MaterialGiven>of() : given) {
            if ((material.fileId() == null) == (material.licenseIdentifier() == null)) {
                throw new InvalidValueException(
                        "application.material-ambiguous", "materials", "give either a fileId or a licenseIdentifier");
            }
            if (material.fileId() != null) {
                StoredFile file = files.find(material.fileId())
                        .filter(f -> caller.username().equals(f.owner()))
                        .orElseThrow(() -> new InvalidValueException(
                                "application.unknown-file",
                                "materials.fileId",
                                "no upload " + material.fileId() + " of yours"));
                materials.add(SubmittedMaterial.file(material.materialCode(), file.id(), file.name()));
            } else {
                materials.add(SubmittedMaterial.license(material.materialCode(), material.licenseIdentifier()));
            }
        }
        return materials;
    }

    CaseDocument load(String caseId) {
        return cases.findById(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
    }

    private ApplicationCase save(CaseDocument document) {
        document.refresh();
        document.outbox.addAll(recorder.record(Topics.APPROVAL, document.data.pullEvents()));
        try {
            if (document.version == null) {
                cases.insert(document);
            } else {
                cases.save(document);
            }
        } catch (OptimisticLockingFailureException raced) {
            throw new StaleCase(raced);
        }
        relay.wakeUp();
        return document.data;
    }

    /** Who may read a case: its applicant or filer, staff of its department, inspectors, platform admins. */
    static boolean canRead(CaseDocument document, Caller caller) {
        if (caller.hasAnyRole(Roles.INSPECTOR, Roles.PLATFORM_ADMIN)) {
            return true;
        }
        if (caller.hasAnyRole(Roles.WINDOW_OFFICER, Roles.APPROVER, Roles.DEPT_ADMIN)
                && caller.belongsTo(document.department)) {
            return true;
        }
        return caller.hasAnyRole(Roles.CITIZEN, Roles.ENTERPRISE, Roles.AGENT)
                && document.data.belongsTo(caller.username(), caller.idNumber(), caller.creditCode());
    }

    // Someone who may not even read the case learns nothing about it: 404, as for an unknown id.
    private static void requireVisible(CaseDocument document, Caller caller) {
        if (!canRead(document, caller)) {
            throw new NotFoundException("case", document.id);
        }
    }

    private static Actor requireStaff(CaseDocument document, Caller caller, String role) {
        requireVisible(document, caller);
        if (!caller.hasRole(role) || !caller.belongsTo(document.department)) {
            throw new AccessRefusedException(
                    "application.not-allowed", "this action is for the " + role + " of " + document.department);
        }
        return new Actor(caller.username(), role, caller.department());
    }

    private static Actor requireOwner(CaseDocument document, Caller caller) {
        requireVisible(document, caller);
        if (!caller.hasAnyRole(Roles.CITIZEN, Roles.ENTERPRISE, Roles.AGENT)
                || !document.data.belongsTo(caller.username(), caller.idNumber(), caller.creditCode())) {
            throw new AccessRefusedException(
                    "application.not-allowed", "only the applicant or their agent may do this");
        }
        return new Actor(caller.username(), actingRole(caller), caller.department());
    }

    private static Actor requireOfficerOrOwner(CaseDocument document, Caller caller) {
        requireVisible(document, caller);
        if (caller.hasRole(Roles.WINDOW_OFFICER) && caller.belongsTo(document.department)) {
            return new Actor(caller.username(), Roles.WINDOW_OFFICER, caller.department());
        }
        return requireOwner(document, caller);
    }

    private static String actingRole(Caller caller) {
        for (String role : List.of(
                Roles.WINDOW_OFFICER, Roles.AGENT, Roles.ENTERPRISE, Roles.CITIZEN, Roles.APPROVER, Roles.DEPT_ADMIN)) {
            if (caller.hasRole(role)) {
                return role;
            }
        }
        return caller.roles().stream().sorted().findFirst().orElse("none");
    }
}
