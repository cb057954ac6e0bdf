package io.onewindow.supervision.config;

import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.messaging.outbox.OutboxSource;
import io.onewindow.platform.service.ServiceProperties;
import io.onewindow.supervision.cases.domain.CaseClock;
import io.onewindow.supervision.rules.domain.AgentRefusalRule;
import io.onewindow.supervision.rules.domain.CatalogThresholdRule;
import io.onewindow.supervision.rules.domain.DeadlineRule;
import io.onewindow.supervision.rules.domain.DigitisationRule;
import io.onewindow.supervision.rules.domain.ExtraStepRule;
import io.onewindow.supervision.rules.domain.LicenseReadRefusalRule;
import io.onewindow.supervision.rules.domain.MajorProjectRule;
import io.onewindow.supervision.rules.domain.NoticeWithinFiveDaysRule;
import io.onewindow.supervision.rules.domain.OffSystemRule;
import io.onewindow.supervision.rules.domain.OfficerAgentAffinityRule;
import io.onewindow.supervision.rules.domain.PartnerLimitRule;
import io.onewindow.supervision.rules.domain.RefusalWithoutBasisRule;
import io.onewindow.supervision.rules.domain.RepeatedCorrectionRule;
import io.onewindow.supervision.rules.domain.ScalpingRule;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rules with their settings, the calendar, and the collections whose outbox is relayed. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SupervisionSettings.class)
class SupervisionConfiguration {

    @Bean
    CaseClock caseClock(WorkingCalendar calendar, ServiceProperties service, SupervisionSettings settings) {
        return new CaseClock(calendar, service.timeZone(), settings.yellowPercent());
    }

    // Each case rule is a bean of its own: CaseSupervision receives them all as List<CaseRule>.
    @Bean
    DeadlineRule deadlineRule(SupervisionSettings s) {
        return new DeadlineRule(s.deadlineRuleEnabled());
    }

    // Rule 1 for partner cases: a partner's own due date against the catalog's limits.
    @Bean
    PartnerLimitRule partnerLimitRule(SupervisionSettings s) {
        return new PartnerLimitRule(s.deadlineRuleEnabled());
    }

    @Bean
    NoticeWithinFiveDaysRule noticeWithinFiveDaysRule(SupervisionSettings s) {
        return new NoticeWithinFiveDaysRule(s.noticeRuleEnabled(), s.noticeWorkingDays());
    }

    @Bean
    RepeatedCorrectionRule repeatedCorrectionRule(SupervisionSettings s) {
        return new RepeatedCorrectionRule(s.correctionRuleEnabled(), s.maxCorrectionNotices());
    }

    @Bean
    RefusalWithoutBasisRule refusalWithoutBasisRule(SupervisionSettings s) {
        return new RefusalWithoutBasisRule(s.refusalRuleEnabled());
    }

    @Bean
    ExtraStepRule extraStepRule(SupervisionSettings s) {
        return new ExtraStepRule(s.catalogRuleEnabled());
    }

    @Bean
    OffSystemRule offSystemRule(SupervisionSettings s) {
        return new OffSystemRule(s.offSystemRuleEnabled(), s.backDatingTolerance(), s.licenseGrace());
    }

    @Bean
    CatalogThresholdRule catalogThresholdRule(SupervisionSettings s) {
        return new CatalogThresholdRule(s.catalogRuleEnabled());
    }

    @Bean
    OfficerAgentAffinityRule officerAgentAffinityRule(SupervisionSettings s) {
        return new OfficerAgentAffinityRule(
                s.affinityRuleEnabled(),
                s.affinityMinCases(),
                s.affinityMinSharePercent(),
                s.affinityMaxSpeedPercent());
    }

    @Bean
    ScalpingRule scalpingRule(SupervisionSettings s) {
        return new ScalpingRule(
                s.scalpingRuleEnabled(),
                s.scalpingWindow(),
                s.scalpingMaxPrincipals(),
                s.scalpingMaxCancellations(),
                s.noShowMinBookings(),
                s.noShowRatePercent());
    }

    @Bean
    AgentRefusalRule agentRefusalRule(SupervisionSettings s) {
        return new AgentRefusalRule(s.agencyRuleEnabled(), s.agentRefusalWindow(), s.agentRefusalMin());
    }

    @Bean
    LicenseReadRefusalRule licenseReadRefusalRule(SupervisionSettings s) {
        return new LicenseReadRefusalRule(
                s.licenseReadRuleEnabled(), s.licenseReadRefusalWindow(), s.licenseReadRefusalMin());
    }

    @Bean
    DigitisationRule digitisationRule(SupervisionSettings s) {
        return new DigitisationRule(s.digitisationRuleEnabled(), s.digitisationMaxPerDay());
    }

    // Rule 22: cases flagged as major projects.
    @Bean
    MajorProjectRule majorProjectRule(SupervisionSettings s) {
        return new MajorProjectRule(s.majorProjects().warnWorkingDaysBefore());
    }

    /** The sweep's interval, from the settings (its one default), for the sweep's {@code @Scheduled}. */
    @Bean
    Duration supervisionSweepInterval(SupervisionSettings s) {
        return s.sweepInterval();
    }

    @Bean
    OutboxSource alertsOutbox() {
        return OutboxSource.of("alerts", Topics.SUPERVISION);
    }

    @Bean
    OutboxSource casesOutbox() {
        return OutboxSource.of("case_timelines", Topics.SUPERVISION);
    }

    @Bean
    OutboxSource complaintsOutbox() {
        return OutboxSource.of("complaints", Topics.SUPERVISION);
    }

    /** The sampling job's interval, from the settings, for the job's {@code @Scheduled}. */
    @Bean
    Duration samplingCheckInterval(SupervisionSettings s) {
        return s.sampling().checkInterval();
    }

    @Bean
    OutboxSource samplingsOutbox() {
        return OutboxSource.of("samplings", Topics.SUPERVISION);
    }

    @Bean
    OutboxSource majorProjectsOutbox() {
        return OutboxSource.of("major_projects", Topics.SUPERVISION);
    }

    @Bean
    OutboxSource dossierIssuesOutbox() {
        return OutboxSource.of("dossier_issues", Topics.SUPERVISION);
    }

    @Bean
    OutboxSource ratingsOutbox() {
        return OutboxSource.of("ratings", Topics.SUPERVISION);
    }
}
