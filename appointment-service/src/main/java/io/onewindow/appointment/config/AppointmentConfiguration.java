package io.onewindow.appointment.config;

import io.onewindow.appointment.booking.domain.AgentLimits;
import io.onewindow.appointment.booking.domain.BookingLimits;
import io.onewindow.appointment.booking.domain.IdentityHasher;
import io.onewindow.appointment.booking.domain.NoShowRule;
import io.onewindow.appointment.draw.domain.FairRelease;
import io.onewindow.appointment.slot.domain.ReleaseWindow;
import io.onewindow.appointment.slot.domain.SlotPlanner;
import io.onewindow.platform.calendar.WorkingCalendar;
import io.onewindow.platform.events.Topics;
import io.onewindow.platform.identity.IdentityPseudonyms;
import io.onewindow.platform.messaging.outbox.OutboxSource;
import io.onewindow.platform.web.PublicReadCaching;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rule objects of the domain, made from the settings, and the aggregates that publish events. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AppointmentSettings.class, IdentityConfirmerSettings.class})
class AppointmentConfiguration {

    @Bean
    SlotPlanner slotPlanner(WorkingCalendar calendar) {
        return new SlotPlanner(calendar);
    }

    @Bean
    ReleaseWindow releaseWindow(WorkingCalendar calendar, AppointmentSettings settings) {
        return new ReleaseWindow(calendar, settings.releaseTime(), settings.releaseWorkingDays());
    }

    /** Which slots are released by a draw, and their windows (docs/appointment-service.md, "Fair release (draw)"). */
    @Bean
    FairRelease fairRelease(ReleaseWindow release, AppointmentSettings settings, Clock clock) {
        return new FairRelease(
                release,
                settings.drawScarceMatters().stream().filter(s -> !s.isBlank()).toList(),
                settings.drawScarceServicePoints().stream()
                        .filter(s -> !s.isBlank())
                        .toList(),
                settings.drawWindow(),
                clock.getZone());
    }

    @Bean
    IdentityHasher identityHasher(IdentityPseudonyms pseudonyms) {
        return new IdentityHasher(pseudonyms);
    }

    @Bean
    BookingLimits bookingLimits(AppointmentSettings settings) {
        return settings.limits();
    }

    @Bean
    AgentLimits agentLimits(AppointmentSettings settings) {
        return settings.agentLimits();
    }

    @Bean
    NoShowRule noShowRule(AppointmentSettings settings) {
        return settings.noShowRule();
    }

    @Bean
    OutboxSource bookingsOutbox() {
        return OutboxSource.of("bookings", Topics.APPOINTMENT);
    }

    @Bean
    OutboxSource bansOutbox() {
        return OutboxSource.of("booking_bans", Topics.APPOINTMENT);
    }

    @Bean
    OutboxSource ticketsOutbox() {
        return OutboxSource.of("tickets", Topics.APPOINTMENT);
    }

    @Bean
    OutboxSource servicePointsOutbox() {
        return OutboxSource.of("service_points", Topics.APPOINTMENT);
    }

    @Bean
    OutboxSource staffAssignmentsOutbox() {
        return OutboxSource.of("staff_assignments", Topics.APPOINTMENT);
    }

    @Bean
    OutboxSource intermediariesOutbox() {
        return OutboxSource.of("intermediaries", Topics.APPOINTMENT);
    }

    @Bean
    OutboxSource mandatesOutbox() {
        return OutboxSource.of("mandates", Topics.APPOINTMENT);
    }

    @Bean
    OutboxSource agentBookingRefusalsOutbox() {
        return OutboxSource.of("agent_booking_refusals", Topics.APPOINTMENT);
    }

    @Bean
    OutboxSource drawsOutbox() {
        return OutboxSource.of("draws", Topics.APPOINTMENT);
    }

    @Bean
    OutboxSource drawEntriesOutbox() {
        return OutboxSource.of("draw_entries", Topics.APPOINTMENT);
    }

    @Bean
    OutboxSource identityConfirmationsOutbox() {
        return OutboxSource.of("identity_confirmations", Topics.APPOINTMENT);
    }

    /**
     * Public service points, slots and the hall's board: {@code Cache-Control: public}, ETag, 304. The
     * live queue status is not listed (never public-cacheable); the board is, for at most two seconds.
     */
    @Bean
    FilterRegistrationBean<PublicReadCaching> publicReadCaching(AppointmentSettings settings) {
        return new PublicReadCaching()
                .cache("/api/appointments/public/service-points/*/slots", settings.publicSlotsMaxAge())
                .cache("/api/appointments/public/service-points/*/board", settings.publicBoardMaxAge())
                .cache("/api/appointments/public/service-points", settings.publicServicePointsMaxAge())
                .cache("/api/appointments/public/service-points/*", settings.publicServicePointsMaxAge())
                .registered();
    }
}
