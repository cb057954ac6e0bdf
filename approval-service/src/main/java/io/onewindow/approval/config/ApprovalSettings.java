package io.onewindow.approval.config;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The settings of approval-service ({@code onewindow.approval.*}): every default is written here
 * and only here; each binds from its environment variable by relaxed binding (docs/approval-service.md).
 *
 * @param licenseService the e-license service the check client calls
 * @param art32 the Art. 32 correction-notice period and its sweep
 * @param partner partner docking limits
 * @param calendar how official calendar years published elsewhere are picked up
 * @param publicReads how long caches may keep the public catalog, guides and calendar
 * @param agency approval's copy of the agency register (agents act for others only with a mandate)
 * @param materials per-person upload limits and the removal of uploads never attached to a case
 * @param servicePoints approval's copy of appointment-service's service point registry
 */
@ConfigurationProperties("onewindow.approval")
public record ApprovalSettings(
        @DefaultValue LicenseService licenseService,
        @DefaultValue Art32 art32,
        @DefaultValue Partner partner,
        @DefaultValue Calendar calendar,
        @DefaultValue PublicReads publicReads,
        @DefaultValue Agency agency,
        @DefaultValue Materials materials,
        @DefaultValue ServicePoints servicePoints) {

    /** The name Spring gives this settings bean, for annotations that read it by expression. */
    static final String BEAN = "onewindow.approval-io.onewindow.approval.config.ApprovalSettings";

    /** {@code agency.consume-register}, for the agency listener's {@code autoStartup} expression. */
    public static final String CONSUME_AGENCY_REGISTER = "#{@'" + BEAN + "'.agency().consumeRegister()}";

    /** {@code service-points.consume-registry}, for the service point listener's {@code autoStartup}. */
    public static final String CONSUME_SERVICE_POINTS = "#{@'" + BEAN + "'.servicePoints().consumeRegistry()}";

    /** {@code art32.sweep-cron}, for {@code @Scheduled(cron = ...)}. */
    public static final String ART32_SWEEP_CRON = "#{@'" + BEAN + "'.art32().sweepCron()}";

    /** {@code calendar.adopt-interval} as an ISO duration, for {@code @Scheduled(fixedDelayString = ...)}. */
    public static final String ADOPT_INTERVAL = "#{@'" + BEAN + "'.calendar().adoptInterval().toString()}";

    /** {@code materials.orphan-sweep-cron}, for {@code @Scheduled(cron = ...)}. */
    public static final String ORPHAN_SWEEP_CRON = "#{@'" + BEAN + "'.materials().orphanSweepCron()}";

    /**
     * @param uri base URL of e-license-service
     * @param timeout longest wait for one check; then the check counts as not done
     * @param failureRateThreshold percentage of failed calls that opens the circuit
     * @param openFor how long an open circuit answers with the fallback before trying again
     * @param businessLicenseType the e-license type code of the business license (营业执照), whose face
     *     gives an enterprise's registered name, address and legal representative
     */
    public record LicenseService(
            @DefaultValue("http://127.0.0.1:8083") URI uri,
            @DefaultValue("2s") Duration timeout,
            @DefaultValue("50") float failureRateThreshold,
            @DefaultValue("30s") Duration openFor,
            @DefaultValue("11100000000013338W001") String businessLicenseType) {}

    /**
     * @param sweepCron when the sweep accepting overdue applications runs
     * @param noticeWorkingDays working days after receipt for a correction notice (Art. 32: 5)
     */
    public record Art32(
            @DefaultValue("0 */10 * * * *") String sweepCron,
            @DefaultValue("5") int noticeWorkingDays) {}

    /**
     * @param maxReportDelay how long after a milestone a partner may report it before the report
     *     counts as back-dated
     */
    public record Partner(@DefaultValue("PT24H") Duration maxReportDelay) {}

    /**
     * @param adoptInterval how often an instance adopts official years published on another instance
     */
    public record Calendar(@DefaultValue("PT1M") Duration adoptInterval) {}

    /**
     * How long caches (the gateway's, browsers') may keep the public reads
     * ({@code Cache-Control: public, max-age}).
     *
     * @param catalogMaxAge the published matter catalog and guides ({@code /public/matters}) and the
     *     registered departments ({@code /public/departments})
     * @param calendarMaxAge the public working-day calendar ({@code /public/calendar})
     */
    public record PublicReads(
            @DefaultValue("PT60S") Duration catalogMaxAge,
            @DefaultValue("PT60S") Duration calendarMaxAge) {}

    /**
     * @param consumeRegister whether the listener of appointment-service's agency register
     *     (enrolments, bars, mandates) starts; without it no agent's filing for someone else passes
     */
    public record Agency(@DefaultValue("true") boolean consumeRegister) {}

    /**
     * Limits on one person's material uploads, and the removal of uploads never attached to a case.
     * The size of one file is {@code spring.servlet.multipart.max-file-size}.
     *
     * @param maxPendingBytes most bytes one person may hold in uploads not yet attached to a case
     * @param maxPendingFiles most uploads one person may hold not yet attached to a case
     * @param uploadsPerMinute most uploads one person may make within a minute
     * @param orphanRetention how long an upload never attached to a case is kept before it is removed
     * @param orphanSweepCron when the removal of such uploads runs
     */
    public record Materials(
            @DefaultValue("50MB") DataSize maxPendingBytes,
            @DefaultValue("30") int maxPendingFiles,
            @DefaultValue("10") int uploadsPerMinute,
            @DefaultValue("7d") Duration orphanRetention,
            @DefaultValue("0 20 * * * *") String orphanSweepCron) {}

    /**
     * @param consumeRegistry whether the listener of appointment-service's service point registry
     *     ({@code ServicePointRecorded}) starts; without it the catalog learns no hall, and drafts
     *     naming service points are refused
     */
    public record ServicePoints(@DefaultValue("true") boolean consumeRegistry) {}
}
