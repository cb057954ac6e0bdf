package io.onewindow.approval;

import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.outbox.OutboxSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Approval service: the published matter catalog and the case workflow with the statutory working-day clock. */
@SpringBootApplication
@EnableConfigurationProperties(ApprovalSettings.class)
public class ApprovalServiceApplication {

    /** Aggregate collections whose documents carry an outbox. */
    public static final String MATTER_VERSIONS = "matter_versions";

    public static final String CASES = "cases";
    public static final String PARTNER_CASES = "partner_cases";
    public static final String PARTNER_REFUSALS = "partner_refusals";
    public static final String CALENDAR_PROPOSALS = "calendar_proposals";

    public static void main(String[] args) {
        SpringApplication.run(ApprovalServiceApplication.class, args);
    }

    @Bean
    OutboxSource matterVersionsOutbox() {
        return OutboxSource.of(MATTER_VERSIONS, Topics.APPROVAL);
    }

    @Bean
    OutboxSource casesOutbox() {
        return OutboxSource.of(CASES, Topics.APPROVAL);
    }

    @Bean
    OutboxSource partnerCasesOutbox() {
        return OutboxSource.of(PARTNER_CASES, Topics.APPROVAL);
    }

    @Bean
    OutboxSource calendarProposalsOutbox() {
        return OutboxSource.of(CALENDAR_PROPOSALS, Topics.APPROVAL);
    }

    @Bean
    OutboxSource partnerRefusalsOutbox() {
        return OutboxSource.of(PARTNER_REFUSALS, Topics.APPROVAL);
    }
}
