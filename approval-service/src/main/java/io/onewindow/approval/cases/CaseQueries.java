package io.onewindow.approval.cases;

import io.onewindow.approval.cases.domain.Applicant;
import io.onewindow.approval.cases.domain.ApplicationCase;
import io.onewindow.approval.cases.domain.CaseState;
import io.onewindow.approval.cases.domain.ChainVerification;
import io.onewindow.approval.cases.domain.Decision;
import io.onewindow.approval.materials.MaterialFiles;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import io.onewindow.platform.service.UseCase;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;

/**
 * Reading cases, each read of a case's personal data logged ({@code case_reads}: who, role, when),
 * and the audit chain verified on request.
 */
@UseCase
public class CaseQueries {

    static final String READS = "case_reads";

    private final CaseStore cases;
    private final MongoOperations mongo;
    private final MaterialFiles files;
    private final Clock clock;
    private final CaseAccess access;

    CaseQueries(CaseStore cases, MongoOperations mongo, MaterialFiles files, Clock clock, CaseAccess access) {
        this.cases = cases;
        this.mongo = mongo;
        this.files = files;
        this.clock = clock;
        this.access = access;
    }

    /** One case, for someone allowed to read it; anyone else gets "not found". */
    public ApplicationCase read(String caseId, Caller caller) {
        ApplicationCase c = visible(caseId, caller);
        logRead(c, caller, "case");
        return c;
    }

    /** Order of the case list: newest case number first (case numbers are unique). */
    public static final Sort LIST_ORDER = Sort.by(Sort.Direction.DESC, "caseNumber");

    /** Order of a case's reads: newest first, then by id. */
    public static final Sort READS_ORDER = Sort.by(Sort.Direction.DESC, "at");

    /**
     * The caller's cases, one page in {@link #LIST_ORDER}: own for applicants and agents, the
     * department's for staff, all for inspectors.
     */
    public Page<ApplicationCase> list(Caller caller, Pageable request) {
        Page<ApplicationCase> found;
        if (caller.hasAnyRole(Roles.INSPECTOR, Roles.PLATFORM_ADMIN)) {
            found = cases.all(request);
        } else if (caller.hasAnyRole(Roles.WINDOW_OFFICER, Roles.APPROVER, Roles.DEPT_ADMIN)) {
            found = caller.department() == null
                    ? Page.empty(request)
                    : cases.ofDepartment(caller.department(), request);
        } else if (caller.hasAnyRole(Roles.CITIZEN, Roles.ENTERPRISE, Roles.AGENT)) {
            List<String> codes = new ArrayList<>();
            if (caller.idNumber() != null) {
                codes.add(caller.idNumber());
            }
            if (caller.creditCode() != null) {
                codes.add(caller.creditCode());
            }
            found = cases.filedByOrFor(caller.username(), codes, request);
        } else {
            found = Page.empty(request);
        }
        return found;
    }

    /** Verifies the case's audit chain as stored; for inspectors, platform admins and the department's admin. */
    public ChainVerification verifyAudit(String caseId, Caller caller) {
        ApplicationCase c = visible(caseId, caller);
        boolean departmentAdmin = caller.hasRole(Roles.DEPT_ADMIN) && caller.belongsTo(CaseAccess.departmentOf(c));
        if (!departmentAdmin && !caller.hasAnyRole(Roles.INSPECTOR, Roles.PLATFORM_ADMIN)) {
            throw new AccessRefusedException("audit.not-allowed", "audit verification is for inspectors and admins");
        }
        return c.verifyAudit();
    }

    /**
     * One logged read of a case.
     *
     * @param reader username
     * @param roles the reader's roles
     * @param department the reader's department, or {@code null}
     * @param what the case itself or one of its files
     * @param at when
     */
    public record CaseRead(String reader, List<String> roles, String department, String what, Instant at) {}

    /** Who read the case, one page in {@link #READS_ORDER}; for everyone who may read the case. */
    public Page<CaseRead> reads(String caseId, Caller caller, Pageable page) {
        ApplicationCase c = visible(caseId, caller);
        Query filter = Query.query(Criteria.where("caseId").is(c.id()));
        List<CaseRead> content = mongo.find(Query.of(filter).with(page), Document.class, READS).stream()
                .map(read -> new CaseRead(
                        read.getString("reader"),
                        read.getList("roles", String.class),
                        read.getString("department"),
                        read.getString("what"),
                        read.getDate("at").toInstant()))
                .toList();
        return PageableExecutionUtils.getPage(content, page, () -> mongo.count(filter, READS));
    }

    /**
     * A material file's content.
     *
     * @param name the file name as uploaded
     * @param contentType its media type
     * @param content the bytes, for the caller to close
     */
    public record MaterialFile(String name, String contentType, InputStream content) {}

    /** A material file of the case, for someone allowed to read the case. */
    public MaterialFile material(String caseId, String fileId, Caller caller) throws IOException {
        ApplicationCase c = visible(caseId, caller);
        boolean belongs = c.materials().stream().anyMatch(m -> fileId.equals(m.fileId()));
        if (!belongs) {
            throw new NotFoundException("file", fileId);
        }
        logRead(c, caller, "file " + fileId);
        MaterialFiles.Download download = files.download(fileId);
        return new MaterialFile(download.name(), download.contentType(), download.content());
    }

    /**
     * A case for another OneWindow service calling on its own behalf ({@code platform-service}: the
     * e-license service asking for an approved case's holder data, or for the licenses a case cites);
     * every other caller is refused. The read is logged like any other read of the case.
     *
     * @param what what the service reads, for the read log
     */
    public Optional<ApplicationCase> forService(String caseId, Caller service, String what) {
        requireService(service);
        Optional<ApplicationCase> found = cases.find(caseId);
        found.ifPresent(c -> logRead(c, service, what));
        return found;
    }

    /**
     * The decision facts of a case: what a service acting on the decision needs, read as a
     * projection of the stored case (not the whole case with its audit chain).
     *
     * @param decision the decision, or {@code null} while there is none
     */
    public record DecisionFacts(
            String caseId,
            String caseNumber,
            CaseState state,
            String matterCode,
            String matterName,
            String department,
            String licenseTypeCode,
            int matterVersion,
            Applicant applicant,
            Decision decision) {}

    /**
     * As {@link #forService}, only the case's {@link DecisionFacts}: refused for every caller but a
     * service, logged like any other read of the case before it is answered.
     */
    public Optional<DecisionFacts> decisionForService(String caseId, Caller service, String what) {
        requireService(service);
        Optional<DecisionFacts> found = cases.decisionFacts(caseId);
        found.ifPresent(c -> logRead(c.caseId(), c.caseNumber(), service, what));
        return found;
    }

    /** As {@link #forService}, the case found by its case number. */
    public Optional<ApplicationCase> byNumberForService(String caseNumber, Caller service, String what) {
        requireService(service);
        Optional<ApplicationCase> found = cases.byCaseNumber(caseNumber);
        found.ifPresent(c -> logRead(c, service, what));
        return found;
    }

    private static void requireService(Caller caller) {
        if (!caller.hasRole(Roles.PLATFORM_SERVICE)) {
            throw new AccessRefusedException(
                    "internal.service-only", "only OneWindow services read cases through the internal API");
        }
    }

    private ApplicationCase visible(String caseId, Caller caller) {
        ApplicationCase c = cases.get(caseId);
        if (!access.canRead(c, caller)) {
            throw new NotFoundException("case", caseId);
        }
        return c;
    }

    private void logRead(ApplicationCase c, Caller caller, String what) {
        logRead(c.id(), c.caseNumber(), caller, what);
    }

    private void logRead(String caseId, String caseNumber, Caller caller, String what) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        mongo.insert(
                new Document("caseId", caseId)
                        .append("caseNumber", caseNumber)
                        .append("reader", caller.username())
                        .append("roles", List.copyOf(caller.roles()))
                        .append("department", caller.department())
                        .append("what", what)
                        .append("at", Date.from(now)),
                READS);
    }
}
