package io.onewindow.approval.cases;

import io.onewindow.approval.cases.domain.ApplicationCase;
import io.onewindow.approval.cases.domain.ChainVerification;
import io.onewindow.approval.materials.MaterialFiles;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.domain.NotFoundException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.stereotype.Service;

/**
 * Reading cases, each read of a case's personal data logged ({@code case_reads}: who, role, when),
 * and the audit chain verified on request.
 */
@Service
public class CaseQueries {

    static final String READS = "case_reads";

    private final CaseRepository cases;
    private final MongoOperations mongo;
    private final MaterialFiles files;
    private final Clock clock;

    CaseQueries(CaseRepository cases, MongoOperations mongo, MaterialFiles files, Clock clock) {
        this.cases = cases;
        this.mongo = mongo;
        this.files = files;
        this.clock = clock;
    }

    /** One case, for someone allowed to read it; anyone else gets "not found". */
    public ApplicationCase read(String caseId, Caller caller) {
        CaseDocument document = visible(caseId, caller);
        logRead(document, caller, "case");
        return document.data;
    }

    /** The caller's cases: own for applicants and agents, the department's for staff, all for inspectors. */
    public List<ApplicationCase> list(Caller caller, int page, int size) {
        PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "caseNumber"));
        List<CaseDocument> found;
        if (caller.hasAnyRole(Roles.INSPECTOR, Roles.PLATFORM_ADMIN)) {
            found = cases.findAllBy(request);
        } else if (caller.hasAnyRole(Roles.WINDOW_OFFICER, Roles.APPROVER, Roles.DEPT_ADMIN)) {
            found = caller.department() == null ? List.of() : cases.findByDepartment(caller.department(), request);
        } else if (caller.hasAnyRole(Roles.CITIZEN, Roles.ENTERPRISE, Roles.AGENT)) {
            List<String> codes = new ArrayList<>();
            if (caller.idNumber() != null) {
                codes.add(caller.idNumber());
            }
            if (caller.creditCode() != null) {
                codes.add(caller.creditCode());
            }
            found = cases.findByFiledByOrApplicantCodeIn(caller.username(), codes, request);
        } else {
            found = List.of();
        }
        return found.stream().map(d -> d.data).toList();
    }

    /** Verifies the case's audit chain as stored; for inspectors, platform admins and the department's admin. */
    public ChainVerification verifyAudit(String caseId, Caller caller) {
        CaseDocument document = visible(caseId, caller);
        boolean departmentAdmin = caller.hasRole(Roles.DEPT_ADMIN) && caller.belongsTo(document.department);
        if (!departmentAdmin && !caller.hasAnyRole(Roles.INSPECTOR, Roles.PLATFORM_ADMIN)) {
            throw new AccessRefusedException("audit.not-allowed", "audit verification is for inspectors and admins");
        }
        return document.data.verifyAudit();
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

    /** Who read the case, newest first (the latest 200); for everyone who may read the case. */
    public List<CaseRead> reads(String caseId, Caller caller) {
        CaseDocument document = visible(caseId, caller);
        return mongo
                .find(
                        Query.query(Criteria.where("caseId").is(document.id))
                                .with(Sort.by(Sort.Direction.DESC, "at"))
                                .limit(200),
                        Document.class,
                        READS)
                .stream()
                .map(read -> new CaseRead(
                        read.getString("reader"),
                        read.getList("roles", String.class),
                        read.getString("department"),
                        read.getString("what"),
                        read.getDate("at").toInstant()))
                .toList();
    }

    /** A material file of the case, for someone allowed to read the case. */
    public GridFsResource material(String caseId, String fileId, Caller caller) {
        CaseDocument document = visible(caseId, caller);
        boolean belongs = document.data.materials().stream().anyMatch(m -> fileId.equals(m.fileId()));
        if (!belongs) {
            throw new NotFoundException("file", fileId);
        }
        logRead(document, caller, "file " + fileId);
        return files.content(fileId);
    }

    private CaseDocument visible(String caseId, Caller caller) {
        CaseDocument document = cases.findById(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
        if (!CaseWorkflow.canRead(document, caller)) {
            throw new NotFoundException("case", caseId);
        }
        return document;
    }

    private void logRead(CaseDocument document, Caller caller, String what) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        mongo.insert(
                new Document("caseId", document.id)
                        .append("caseNumber", document.caseNumber)
                        .append("reader", caller.username())
                        .append("roles", List.copyOf(caller.roles()))
                        .append("department", caller.department())
                        .append("what", what)
                        .append("at", Date.from(now)),
                READS);
    }
}
