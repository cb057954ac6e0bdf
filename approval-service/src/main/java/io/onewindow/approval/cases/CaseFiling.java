package io.onewindow.approval.cases;

import io.onewindow.approval.agency.AgentAuthority;
import io.onewindow.approval.cases.domain.Actor;
import io.onewindow.approval.cases.domain.Applicant;
import io.onewindow.approval.cases.domain.ApplicationCase;
import io.onewindow.approval.cases.domain.Filing;
import io.onewindow.approval.cases.domain.LinkedFiling;
import io.onewindow.approval.cases.domain.SubmittedMaterial;
import io.onewindow.approval.cases.domain.Visit;
import io.onewindow.approval.catalog.MatterCatalog;
import io.onewindow.approval.catalog.domain.MatterVersion;
import io.onewindow.approval.catalog.domain.Subject;
import io.onewindow.approval.config.ApprovalSettings;
import io.onewindow.approval.department.DepartmentRegistry;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.ConflictException;
import io.onewindow.platform.domain.InvalidValueException;
import io.onewindow.platform.events.approval.Channel;
import io.onewindow.platform.identity.RealNameRule;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.RealNameCheck;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.service.UseCase;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Filing and acceptance: an application is received online or at a window, accepted (受理) or
 * refused (不予受理) at the window, decided on the spot when the matter allows, or withdrawn by
 * its applicant. Identity always comes from the token.
 */
@UseCase
public class CaseFiling {

    private final CaseStore cases;
    private final CaseNumbers numbers;
    private final MatterCatalog catalog;
    private final CaseMaterials materials;
    private final ApplicantPseudonyms pseudonyms;
    private final Clock clock;
    private final WorkingCalendar calendar;
    private final ApprovalSettings settings;
    private final AgentAuthority agents;
    private final RegisteredEnterprises enterprises;
    private final DepartmentRegistry departments;
    private final CaseAccess access;
    private final RealNameCheck realNames;

    CaseFiling(
            CaseStore cases,
            CaseNumbers numbers,
            MatterCatalog catalog,
            CaseMaterials materials,
            ApplicantPseudonyms pseudonyms,
            Clock clock,
            WorkingCalendar calendar,
            ApprovalSettings settings,
            AgentAuthority agents,
            RegisteredEnterprises enterprises,
            DepartmentRegistry departments,
            CaseAccess access,
            RealNameCheck realNames) {
        this.cases = cases;
        this.numbers = numbers;
        this.catalog = catalog;
        this.materials = materials;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
        this.calendar = calendar;
        this.settings = settings;
        this.agents = agents;
        this.enterprises = enterprises;
        this.departments = departments;
        this.access = access;
        this.realNames = realNames;
    }

    /**
     * An application.
     *
     * @param matterCode the matter
     * @param principal the person or enterprise an agent or window officer files for; {@code null}
     *     when applicants file for themselves
     * @param enterpriseName the enterprise's name, when an enterprise files for itself
     * @param formData the application form (license-face fields)
     * @param materials the materials given
     */
    public record Application(
            String matterCode,
            Principal principal,
            String enterpriseName,
            Map<String, String> formData,
            List<MaterialGiven> materials) {}

    /**
     * The applicant an agent or window officer files for.
     *
     * @param type person or enterprise
     * @param name the name
     * @param code resident ID number or credit code, already validated
     */
    public record Principal(Subject type, String name, String code) {}

    /**
     * A material: an uploaded file's id, or an e-license identifier.
     *
     * @param materialCode the catalog material
     * @param fileId the uploaded file, or {@code null}
     * @param licenseIdentifier the e-license, or {@code null}
     */
    public record MaterialGiven(String materialCode, String fileId, String licenseIdentifier) {}

    /**
     * The token facts a submission needs beyond {@code Caller}.
     *
     * @param displayName the {@code name} claim (given then family name), or the username
     * @param bearerToken the access token, forwarded to the e-license check
     */
    public record TokenFacts(String displayName, String bearerToken) {}

    /**
     * Receives an application online (applicant, or agent for a principal) or at a window (officer of
     * the matter's department), checks offered e-licenses, and starts pre-review. An agent files only
     * under a live mandate of the principal covering the matter ({@link AgentAuthority}); else the
     * refusal is recorded and answered with 403 before a case number is taken or anything is written.
     */
    public ApplicationCase submit(Application application, Caller caller, TokenFacts token) {
        return submit(application, caller, token, null);
    }

    /**
     * Receives an application, as {@link #submit(Application, Caller, TokenFacts)}, from a hall
     * visit when {@code visit} is given: the case carries the visit. The counter ({@code
     * CounterReception}) has checked the officer's post and the window: a comprehensive window
     * receives matters of any department offered at its point, so the department rule is left to
     * it; a department window's officer still files only his own department's matters.
     */
    public ApplicationCase submit(Application application, Caller caller, TokenFacts token, Visit visit) {
        Prepared prepared = prepare(application, caller, token, visit);
        return materials.attached(cases.add(open(prepared, caller, token, visit, null)));
    }

    /**
     * Receives the parts of a linked business (一号联办) from one hall visit as one linked filing (联办件):
     * a case per department under one linked number, each checked as {@link #submit(Application, Caller,
     * TokenFacts, Visit)} checks a case. Every part is checked and built before any is stored, so a
     * refused part leaves no other part behind.
     *
     * @param business the linked business's code, as the hall offers it
     * @return the parts' cases, in the order of {@code parts}
     */
    public List<ApplicationCase> submitLinked(
            List<Application> parts, String business, Caller caller, TokenFacts token, Visit visit) {
        List<Prepared> prepared =
                parts.stream().map(part -> prepare(part, caller, token, visit)).toList();
        LinkedFiling linked = new LinkedFiling(numbers.next(LINKED_PREFIX), business);
        List<ApplicationCase> opened = prepared.stream()
                .map(part -> open(part, caller, token, visit, linked))
                .toList();
        return opened.stream().map(c -> materials.attached(cases.add(c))).toList();
    }

    /** The prefix of linked numbers ({@code LB-YYYYMMDD-NNNNNN}). */
    static final String LINKED_PREFIX = "LB";

    /** What an application is filed as, once every check that needs no case number has passed. */
    private record Prepared(
            MatterVersion version,
            Channel channel,
            Applicant applicant,
            Map<String, String> formData,
            String principalPseudonym,
            String agent,
            List<SubmittedMaterial> given) {}

    private Prepared prepare(Application application, Caller caller, TokenFacts token, Visit visit) {
        // before anything else is checked or written: a citizen, an enterprise or an agent (his own
        // level, whoever the principal is) needs the level filing needs; officers are not subject
        realNames.require(caller, RealNameRule.FILING);
        MatterVersion version = catalog.currentVersion(application.matterCode())
                .orElseThrow(() -> new InvalidValueException(
                        "application.unknown-matter", "matterCode", "no published matter " + application.matterCode()));
        String department = version.definition().department();
        if (departments.find(department).filter(d -> !d.active()).isPresent()) {
            throw new ConflictException(
                    "application.department-retired",
                    "the department " + department + " is retired: matter " + application.matterCode()
                            + " takes no new applications");
        }
        Channel channel = caller.hasRole(Roles.WINDOW_OFFICER) ? Channel.WINDOW : Channel.ONLINE;
        boolean comprehensive = visit != null && visit.comprehensive();
        if (visit != null && channel != Channel.WINDOW) {
            throw new AccessRefusedException("application.not-allowed", "window officers receive visits");
        }
        if (channel == Channel.WINDOW
                && !comprehensive
                && !caller.belongsTo(version.definition().department())) {
            throw new AccessRefusedException(
                    "application.other-department", "window officers file cases of their own department");
        }
        RegisteredEnterprises.Registration registration = registrationOf(application, caller, token);
        Applicant applicant = applicantOf(application, caller, token, registration);
        Map<String, String> formData = givenOnce(application.formData(), registration);
        String principalPseudonym = pseudonyms.of(applicant);
        if (channel == Channel.ONLINE && caller.hasRole(Roles.AGENT)) {
            agents.requireMandate(
                    caller,
                    new AgentAuthority.Request(
                            principalPseudonym,
                            version.definition().code(),
                            version.definition().department(),
                            AgentAuthority.Action.FILE,
                            null));
        }
        String agent = caller.hasRole(Roles.AGENT) ? caller.username() : null;
        List<SubmittedMaterial> given = materials.of(application.materials(), caller);
        return new Prepared(version, channel, applicant, formData, principalPseudonym, agent, given);
    }

    /** Takes a case number and files the prepared application, pre-reviewed, not yet stored. */
    private ApplicationCase open(Prepared p, Caller caller, TokenFacts token, Visit visit, LinkedFiling linked) {
        Actor actor = CaseAccess.actorOf(caller);
        ApplicationCase submitted = ApplicationCase.submit(
                new Filing(
                        UUID.randomUUID().toString(),
                        numbers.next("AP"),
                        p.version().definition(),
                        p.version().version(),
                        p.applicant(),
                        p.principalPseudonym(),
                        p.agent(),
                        actor,
                        p.channel(),
                        p.formData(),
                        p.given(),
                        visit,
                        linked),
                clock,
                calendar,
                settings.art32().noticeWorkingDays());
        submitted.preReview(materials.checker(p.applicant(), token.bearerToken()), actor, clock);
        return submitted;
    }

    /** Accepts (受理); starts the statutory clock. */
    public ApplicationCase accept(String caseId, Caller caller) {
        return cases.change(
                caseId, c -> c.accept(access.requireStaff(c, caller, Roles.WINDOW_OFFICER), clock, calendar));
    }

    /** Refuses to accept (不予受理), with reason and legal basis. */
    public ApplicationCase refuseAcceptance(String caseId, String reason, String legalBasis, Caller caller) {
        return cases.change(
                caseId,
                c -> c.refuseAcceptance(
                        reason, legalBasis, access.requireStaff(c, caller, Roles.WINDOW_OFFICER), clock));
    }

    /** Accepts and decides at once, for on-the-spot matters and filings, by a window representative. */
    public ApplicationCase decideOnTheSpot(String caseId, Map<String, String> faceData, Caller caller) {
        return cases.change(
                caseId,
                c -> c.decideOnTheSpot(
                        faceData,
                        pseudonyms.of(c.applicant()),
                        access.requireStaff(c, caller, Roles.WINDOW_OFFICER),
                        clock,
                        calendar));
    }

    /** The applicant, or the agent who filed (under a live mandate of the applicant), withdraws. */
    public ApplicationCase withdraw(String caseId, String reason, Caller caller) {
        requireMandateOfAgent(cases.get(caseId), caller, AgentAuthority.Action.WITHDRAW, pseudonyms, agents, access);
        return cases.change(caseId, c -> c.withdraw(reason, access.requireOwner(c, caller), clock));
    }

    /**
     * When the caller acts on a case as the agent who filed it for its applicant, requires a live
     * mandate of the applicant for the case's matter, as the filing did (the mandate may have been
     * revoked or the agent barred since); someone who may not even read the case learns nothing here.
     */
    static void requireMandateOfAgent(
            ApplicationCase c,
            Caller caller,
            AgentAuthority.Action action,
            ApplicantPseudonyms pseudonyms,
            AgentAuthority agents,
            CaseAccess access) {
        access.requireVisible(c, caller);
        if (CaseAccess.actsAsAgent(c, caller)) {
            agents.requireMandate(
                    caller,
                    new AgentAuthority.Request(
                            pseudonyms.of(c.applicant()),
                            c.matter().code(),
                            CaseAccess.departmentOf(c),
                            action,
                            c.id()));
        }
    }

    /**
     * An enterprise filing for itself: what its own business license says of it (data given once), or
     * {@code null} when it holds none, e-license did not answer, or someone else files.
     */
    private RegisteredEnterprises.Registration registrationOf(
            Application application, Caller caller, TokenFacts token) {
        if (application.principal() != null
                || caller.hasAnyRole(Roles.AGENT, Roles.WINDOW_OFFICER)
                || !caller.hasRole(Roles.ENTERPRISE)
                || caller.creditCode() == null) {
            return null;
        }
        return enterprises.of(caller.creditCode(), token.bearerToken()).orElse(null);
    }

    /** The form, with the registered address and legal representative where the form does not give them. */
    private static Map<String, String> givenOnce(
            Map<String, String> formData, RegisteredEnterprises.Registration registration) {
        if (registration == null) {
            return formData;
        }
        Map<String, String> form = new java.util.LinkedHashMap<>(formData == null ? Map.of() : formData);
        if (registration.address() != null) {
            form.putIfAbsent(FORM_ADDRESS, registration.address());
        }
        if (registration.legalRepresentative() != null) {
            form.putIfAbsent(FORM_LEGAL_REPRESENTATIVE, registration.legalRepresentative());
        }
        return form;
    }

    /** The form field of the registered address (住所), as on the business license. */
    static final String FORM_ADDRESS = "住所";

    /** The form field of the legal representative (法定代表人), as on the business license. */
    static final String FORM_LEGAL_REPRESENTATIVE = "法定代表人";

    private static Applicant applicantOf(
            Application application, Caller caller, TokenFacts token, RegisteredEnterprises.Registration registration) {
        Principal principal = application.principal();
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
        if (caller.hasRole(Roles.ENTERPRISE) && caller.creditCode() != null && registration != null) {
            String typed = application.enterpriseName();
            if (typed != null && !typed.isBlank() && !typed.strip().equals(registration.name())) {
                throw new ConflictException(
                        "application.enterprise-name-differs",
                        "the name given is not the one on the enterprise's business license: " + registration.name());
            }
            return new Applicant(Subject.ENTERPRISE, registration.name(), caller.creditCode());
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
}
