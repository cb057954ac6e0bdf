package io.onewindow.approval;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Approval service: the published matter catalog and the case workflow with the statutory
 * working-day clock. Settings and the outboxes: {@code config}.
 */
@SpringBootApplication
public class ApprovalServiceApplication {

    /** Aggregate collections whose documents carry an outbox. */
    public static final String MATTER_VERSIONS = "matter_versions";

    public static final String CASES = "cases";
    public static final String PARTNER_CASES = "partner_cases";
    public static final String PARTNER_REFUSALS = "partner_refusals";
    public static final String CALENDAR_PROPOSALS = "calendar_proposals";
    public static final String AGENT_FILING_REFUSALS = "agent_filing_refusals";
    public static final String DEPARTMENTS = "departments";

    /** approval's copy of appointment-service's service point registry (no outbox). */
    public static final String KNOWN_SERVICE_POINTS = "known_service_points";

    public static void main(String[] args) {
        SpringApplication.run(ApprovalServiceApplication.class, args);
    }
}
