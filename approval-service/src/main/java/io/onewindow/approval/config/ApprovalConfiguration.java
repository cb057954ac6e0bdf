package io.onewindow.approval.config;

import io.onewindow.approval.ApprovalServiceApplication;
import io.onewindow.approval.materials.web.UploadSizeFilter;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.outbox.OutboxSource;
import io.onewindow.platform.web.ProblemWriter;
import io.onewindow.platform.web.PublicReadCaching;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * The beans of approval-service that are not components: its settings, the outboxes the relay
 * drains, and the upload size guard in front of the platform's request guard.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApprovalSettings.class)
class ApprovalConfiguration {

    @Bean
    OutboxSource matterVersionsOutbox() {
        return OutboxSource.of(ApprovalServiceApplication.MATTER_VERSIONS, Topics.APPROVAL);
    }

    @Bean
    OutboxSource casesOutbox() {
        return OutboxSource.of(ApprovalServiceApplication.CASES, Topics.APPROVAL);
    }

    @Bean
    OutboxSource partnerCasesOutbox() {
        return OutboxSource.of(ApprovalServiceApplication.PARTNER_CASES, Topics.APPROVAL);
    }

    @Bean
    OutboxSource calendarProposalsOutbox() {
        return OutboxSource.of(ApprovalServiceApplication.CALENDAR_PROPOSALS, Topics.APPROVAL);
    }

    @Bean
    OutboxSource partnerRefusalsOutbox() {
        return OutboxSource.of(ApprovalServiceApplication.PARTNER_REFUSALS, Topics.APPROVAL);
    }

    @Bean
    OutboxSource agentFilingRefusalsOutbox() {
        return OutboxSource.of(ApprovalServiceApplication.AGENT_FILING_REFUSALS, Topics.APPROVAL);
    }

    @Bean
    OutboxSource departmentsOutbox() {
        return OutboxSource.of(ApprovalServiceApplication.DEPARTMENTS, Topics.APPROVAL);
    }

    @Bean
    FilterRegistrationBean<UploadSizeFilter> uploadSizeGuard(
            ProblemWriter problems, @Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize) {
        FilterRegistrationBean<UploadSizeFilter> registration =
                new FilterRegistrationBean<>(new UploadSizeFilter(problems, maxRequestSize.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Public catalog, guides, departments and calendar: {@code Cache-Control: public}, ETag, 304. */
    @Bean
    FilterRegistrationBean<PublicReadCaching> publicReadCaching(ApprovalSettings settings) {
        return new PublicReadCaching()
                .cache("/api/approvals/public/matters", settings.publicReads().catalogMaxAge())
                .cache(
                        "/api/approvals/public/matters/**",
                        settings.publicReads().catalogMaxAge())
                .cache(
                        "/api/approvals/public/departments",
                        settings.publicReads().catalogMaxAge())
                .cache(
                        "/api/approvals/public/departments/**",
                        settings.publicReads().catalogMaxAge())
                .cache(
                        "/api/approvals/public/calendar/**",
                        settings.publicReads().calendarMaxAge())
                .registered();
    }
}
