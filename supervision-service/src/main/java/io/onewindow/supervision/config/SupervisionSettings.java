package io.onewindow.supervision.config;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the supervision service, {@code onewindow.supervision.*}; each is also an environment
 * variable (e.g. {@code ONEWINDOW_SUPERVISION_YELLOW_PERCENT}). Each default is written here once
 * ({@code @DefaultValue}); application.yml does not repeat them, and docs/supervision-service.md lists them.
 *
 * @param yellowPercent share of the promised limit used at which a card turns yellow (rule 1)
 * @param deadlineRuleEnabled rule 1 on/off (deadlines, and partner due dates against the catalog)
 * @param noticeWorkingDays art. 32 notice period in working days (rule 2)
 * @param noticeRuleEnabled rule 2 on/off
 * @param maxCorrectionNotices correction notices allowed per case before rule 3 fires
 * @param correctionRuleEnabled rule 3 on/off
 * @param refusalRuleEnabled rule 4 on/off
 * @param catalogRuleEnabled rule 5 on/off
 * @param backDatingTolerance longest accepted delay between a partner milestone and its report (rule 6)
 * @param licenseGrace how long a license may wait for its case's approval to arrive (rule 6)
 * @param offSystemRuleEnabled rule 6 on/off
 * @param affinityMinCases an agent's completed cases needed before rule 7 looks at them
 * @param affinityMinSharePercent share of an agent's cases on one officer that counts as concentrated
 * @param affinityMaxSpeedPercent pair's average working days as % of the others' at or below which it is suspicious
 * @param affinityRuleEnabled rule 7 on/off
 * @param scalpingWindow how far back bookings and cancellations are counted (rule 8)
 * @param scalpingMaxPrincipals distinct people one agent or device may book for within the window
 * @param scalpingMaxCancellations cancellations by one person within the window counted as churn
 * @param noShowMinBookings bookings of a service point in a month before its no-show rate counts
 * @param noShowRatePercent no-show rate at or above which a service point is flagged
 * @param scalpingRuleEnabled rule 8 on/off
 * @param complaintWorkingDays working days a department has to answer a complaint
 * @param rectificationWorkingDays working days to follow up a bad rating
 * @param defaultRatingAfter natural time after which an unrated case or visit gets 基本满意
 * @param defaultDepartment the department complaints about service points go to, and complaints and
 *     ratings about visits whose events named no department
 * @param sweepInterval how often the scheduled sweep re-evaluates cards and deadlines
 * @param agentRefusalWindow how far back one agent's refused bookings and filings are counted (rule 10)
 * @param agentRefusalMin refused bookings and filings of one agent within the window that raise rule 10
 * @param agencyRuleEnabled rule 10 on/off
 * @param licenseReadRefusalWindow how far back one reader's refused license reads are counted (rule 11)
 * @param licenseReadRefusalMin refused license reads of one reader within the window that raise rule 11
 * @param licenseReadRuleEnabled rule 11 on/off
 * @param digitisationMaxPerDay digitisations one officer, or one pair, may do on a day before rule 12 fires
 * @param digitisationRuleEnabled rule 12 on/off
 * @param batchProjection the approval listener applies each poll's case events as a batch (each
 *     case's timeline read once and written once per poll, markers read and written in one query
 *     each); {@code false}: one event after the other, as before, for comparison (the result is
 *     the same)
 * @param sampling the sampling review of decided cases (定期审查复核), {@code onewindow.supervision.sampling.*}
 * @param patrols the volunteer supervisors' patrol observations (义务监督员), {@code onewindow.supervision.patrols.*}
 * @param majorProjects cases watched closer (重大项目), {@code onewindow.supervision.major-projects.*}
 * @param dossier the case dossier (案卷) and its signing key, {@code onewindow.supervision.dossier.*}
 */
@ConfigurationProperties("onewindow.supervision")
public record SupervisionSettings(
        @DefaultValue("90") int yellowPercent,
        @DefaultValue("true") boolean deadlineRuleEnabled,
        @DefaultValue("5") int noticeWorkingDays,
        @DefaultValue("true") boolean noticeRuleEnabled,
        @DefaultValue("1") int maxCorrectionNotices,
        @DefaultValue("true") boolean correctionRuleEnabled,
        @DefaultValue("true") boolean refusalRuleEnabled,
        @DefaultValue("true") boolean catalogRuleEnabled,
        @DefaultValue("24h") Duration backDatingTolerance,
        @DefaultValue("1d") Duration licenseGrace,
        @DefaultValue("true") boolean offSystemRuleEnabled,
        @DefaultValue("5") int affinityMinCases,
        @DefaultValue("60") int affinityMinSharePercent,
        @DefaultValue("50") int affinityMaxSpeedPercent,
        @DefaultValue("true") boolean affinityRuleEnabled,
        @DefaultValue("24h") Duration scalpingWindow,
        @DefaultValue("3") int scalpingMaxPrincipals,
        @DefaultValue("5") int scalpingMaxCancellations,
        @DefaultValue("10") int noShowMinBookings,
        @DefaultValue("30") int noShowRatePercent,
        @DefaultValue("true") boolean scalpingRuleEnabled,
        @DefaultValue("5") int complaintWorkingDays,
        @DefaultValue("5") int rectificationWorkingDays,
        @DefaultValue("7d") Duration defaultRatingAfter,
        @DefaultValue("district-admin-service") String defaultDepartment,
        @DefaultValue("5m") Duration sweepInterval,
        @DefaultValue("24h") Duration agentRefusalWindow,
        @DefaultValue("3") int agentRefusalMin,
        @DefaultValue("true") boolean agencyRuleEnabled,
        @DefaultValue("24h") Duration licenseReadRefusalWindow,
        @DefaultValue("3") int licenseReadRefusalMin,
        @DefaultValue("true") boolean licenseReadRuleEnabled,
        @DefaultValue("5") int digitisationMaxPerDay,
        @DefaultValue("true") boolean digitisationRuleEnabled,
        @DefaultValue("true") boolean batchProjection,
        @DefaultValue Sampling sampling,
        @DefaultValue Patrols patrols,
        @DefaultValue MajorProjects majorProjects,
        @DefaultValue Dossier dossier) {

    /**
     * The volunteer supervisors' patrol observations.
     *
     * @param maxAge how long after the observation it may still be recorded
     * @param maxPhotoSize the largest photo (JPEG or PNG)
     */
    public record Patrols(
            @DefaultValue("7d") Duration maxAge,
            @DefaultValue("2MB") DataSize maxPhotoSize) {}

    /**
     * Major projects (rule 22).
     *
     * @param warnWorkingDaysBefore working days before the promised and the statutory due date of a
     *     flagged case at which its near-deadline warning comes (a due date that many working days
     *     away, or fewer, warns)
     */
    public record MajorProjects(@DefaultValue("3") int warnWorkingDaysBefore) {}

    /**
     * The case dossier (案卷) for inspectors and the discipline commission.
     *
     * @param signing the key that signs every dossier handed out
     */
    public record Dossier(@DefaultValue Signing signing) {}

    /**
     * The dossier signing key: an EC P-256 private key and its X.509 certificate. When both are
     * blank (the local run and tests) a key pair and a self-signed certificate are made at start-up
     * and live as long as the process; production sets both from a Secret.
     *
     * @param keyId the key id written into every signature ({@code kid})
     * @param privateKey base64 of the PKCS#8 DER private key, or blank
     * @param certificate base64 of the DER X.509 certificate of the key, or blank
     */
    public record Signing(
            @DefaultValue("supervision-dossier") String keyId,
            @DefaultValue("") String privateKey,
            @DefaultValue("") String certificate) {}

    /**
     * The sampling review of decided cases.
     *
     * @param period the length of a sampling period (ISO-8601, {@code P7D}: weekly)
     * @param anchor the first day of the first period (periods follow one another from it); a Monday
     * @param baseRatePercent share of a department's decided cases drawn, in percent
     * @param onTheSpotRatePercent share of the cases decided on the spot drawn, in percent
     * @param agentFiledRatePercent share of the agent-filed cases drawn, in percent
     * @param reviewers the reviewers, {@code username@department} (inspectors and other departments'
     *     approvers), taken in turn; a case no one on the list may review is any inspector's
     * @param checkInterval how often the scheduled job looks for an ended period not drawn yet
     */
    public record Sampling(
            @DefaultValue("P7D") Period period,
            @DefaultValue("2024-01-01") String anchor,
            @DefaultValue("5") int baseRatePercent,
            @DefaultValue("20") int onTheSpotRatePercent,
            @DefaultValue("20") int agentFiledRatePercent,
            @DefaultValue("") List<String> reviewers,
            @DefaultValue("1h") Duration checkInterval) {

        public Sampling {
            reviewers = reviewers == null
                    ? List.of()
                    : reviewers.stream()
                            .filter(r -> r != null && !r.isBlank())
                            .map(String::trim)
                            .toList();
        }

        /** The anchor as a date. */
        public LocalDate anchorDay() {
            return LocalDate.parse(anchor);
        }
    }
}
