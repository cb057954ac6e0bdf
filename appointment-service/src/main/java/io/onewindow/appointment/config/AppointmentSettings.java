package io.onewindow.appointment.config;

import io.onewindow.appointment.booking.domain.AgentLimits;
import io.onewindow.appointment.booking.domain.BookingLimits;
import io.onewindow.appointment.booking.domain.NoShowRule;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of the appointment service, {@code onewindow.appointment.*}, with its default
 * written here and nowhere else (docs/appointment-service.md, "Settings"); each is overridden by
 * relaxed binding, e.g. {@code ONEWINDOW_APPOINTMENT_BOOKINGS_PER_DAY}.
 *
 * @param releaseTime local time at which slots are released on working days
 * @param releaseWorkingDays how many working days ahead are released
 * @param bookingsPerDay bookings per person and day
 * @param bookingsPerWeek bookings per person and ISO week
 * @param bookingsPerMonth bookings per person and month
 * @param activeBookingsPerMatter active bookings per person and matter
 * @param cancelNotice cancel or reschedule until this long before the slot
 * @param noShowGrace a booking not checked in by slot end plus this is a no-show
 * @param noShowsForBan no-shows within the window that ban ({@link NoShowRule})
 * @param noShowWindow the window no-shows are counted in ({@link NoShowRule})
 * @param banLength how long a ban lasts ({@link NoShowRule})
 * @param noShowSweepInterval how often the no-show job runs
 * @param queueRecentServices how many recent services the estimated wait averages over
 * @param consumeApprovals whether official calendar years are taken from approval-service's topic
 * @param publicServicePointsMaxAge how long caches may keep the public service-point directory
 *     ({@code Cache-Control: public, max-age})
 * @param publicSlotsMaxAge how long caches may keep public slot availability
 * @param agentBookingsPerDay live bookings one agent holds for slots of one day ({@link AgentLimits})
 * @param intermediaryBookingsPerDay live bookings the agents of one intermediary hold for slots of
 *     one day ({@link AgentLimits})
 * @param intermediaryPlacesPerSlot places of one slot the agents of one intermediary hold
 *     ({@link AgentLimits})
 * @param mandateMaxLength the longest validity of a mandate (授权委托), from its first to its last day
 * @param drawScarceMatters matter codes whose slots are released by a draw (the housing transfer's
 *     不动产转移登记 by default); empty: none
 * @param drawScarceServicePoints service point ids all of whose slots are released by a draw
 * @param drawWindow how long after a scarce slot's release requests enter its draw instead of
 *     taking a place first-come
 * @param drawCommitAhead how long before a release the seeds of the scarce slots it releases are
 *     committed (the job; a public read of a draw commits it lazily within the same lead)
 * @param drawInterval how often the draw job commits seeds and holds the draws whose window closed
 * @param drawHoldTimeout after this long, a draw claimed by a holder that did not finish is taken
 *     over by another
 * @param servicePointMaxAge how long the booking path may use a service point read before (instead
 *     of reading it for every booking); another instance's schedule change is seen within it, and
 *     the slots that change removed are fenced meanwhile; zero reads the point for every booking
 * @param consumeCatalog whether the matters approval-service publishes ({@code MatterVersionPublished})
 *     are taken from its topic: an offering at a hall may book only a published matter
 * @param consumeVisitCases whether the cases approval-service received from hall visits ({@code
 *     ApplicationSubmitted} with a ticket) are taken from its topic, so each ticket shows its case
 * @param publicBoardMaxAge how long caches may keep a hall's public queue board; at most
 *     {@link #BOARD_MAX_AGE_LIMIT} (a board older than that shows a number the hall has moved past),
 *     refused at start-up otherwise
 * @param boardNowCalling how many of the last calls of a line the board shows
 * @param boardNext how many of the next numbers of a line the board shows
 * @param fullSlotMemory how long this instance refuses a slot it saw without a place (a take refused,
 *     an availability read) without asking the store again; after that it asks once by {@code _id}. A
 *     place given back on this instance, or seen by an availability read here, reopens the slot at
 *     once; one given back on another instance may be refused here for up to this long. Never makes a
 *     booking: a place is taken by the store's conditional update alone. Zero remembers nothing
 */
@ConfigurationProperties("onewindow.appointment")
public record AppointmentSettings(
        @DefaultValue("08:00") LocalTime releaseTime,
        @DefaultValue("5") int releaseWorkingDays,
        @DefaultValue("1") int bookingsPerDay,
        @DefaultValue("2") int bookingsPerWeek,
        @DefaultValue("6") int bookingsPerMonth,
        @DefaultValue("1") int activeBookingsPerMatter,
        @DefaultValue("PT2H") Duration cancelNotice,
        @DefaultValue("PT15M") Duration noShowGrace,
        @DefaultValue("2") int noShowsForBan,
        @DefaultValue("P30D") Duration noShowWindow,
        @DefaultValue("P90D") Duration banLength,
        @DefaultValue("PT5M") Duration noShowSweepInterval,
        @DefaultValue("10") int queueRecentServices,
        @DefaultValue("true") boolean consumeApprovals,
        @DefaultValue("PT60S") Duration publicServicePointsMaxAge,
        @DefaultValue("PT5S") Duration publicSlotsMaxAge,
        @DefaultValue("5") int agentBookingsPerDay,
        @DefaultValue("20") int intermediaryBookingsPerDay,
        @DefaultValue("1") int intermediaryPlacesPerSlot,
        @DefaultValue("P1Y") Period mandateMaxLength,
        @DefaultValue("RE-TRANSFER-REG") List<String> drawScarceMatters,
        @DefaultValue("") List<String> drawScarceServicePoints,
        @DefaultValue("PT60S") Duration drawWindow,
        @DefaultValue("PT1H") Duration drawCommitAhead,
        @DefaultValue("PT5S") Duration drawInterval,
        @DefaultValue("PT2M") Duration drawHoldTimeout,
        @DefaultValue("PT5S") Duration servicePointMaxAge,
        @DefaultValue("true") boolean consumeCatalog,
        @DefaultValue("true") boolean consumeVisitCases,
        @DefaultValue("PT1S") Duration publicBoardMaxAge,
        @DefaultValue("5") int boardNowCalling,
        @DefaultValue("5") int boardNext,
        @DefaultValue("PT2S") Duration fullSlotMemory) {

    /** The longest a cache may keep the hall's board. */
    public static final Duration BOARD_MAX_AGE_LIMIT = Duration.ofSeconds(2);

    public AppointmentSettings {
        if (publicBoardMaxAge.isNegative() || publicBoardMaxAge.compareTo(BOARD_MAX_AGE_LIMIT) > 0) {
            throw new IllegalArgumentException("onewindow.appointment.public-board-max-age must be between PT0S and "
                    + BOARD_MAX_AGE_LIMIT + ", not " + publicBoardMaxAge);
        }
        if (boardNowCalling < 1 || boardNext < 1) {
            throw new IllegalArgumentException(
                    "onewindow.appointment.board-now-calling and board-next must be at least 1");
        }
    }

    /** The prefix of the settings. */
    public static final String PREFIX = "onewindow.appointment";

    /**
     * The settings' bean name (as {@code @EnableConfigurationProperties} registers it), for
     * annotations that read a setting by expression: {@code #{@'<BEAN>'.noShowSweepInterval()}}.
     */
    public static final String BEAN = PREFIX + "-io.onewindow.appointment.config.AppointmentSettings";

    /** The per-person booking limits. */
    public BookingLimits limits() {
        return new BookingLimits(
                bookingsPerDay, bookingsPerWeek, bookingsPerMonth, activeBookingsPerMatter, cancelNotice, noShowGrace);
    }

    /** The limits on agents and their intermediaries. */
    public AgentLimits agentLimits() {
        return new AgentLimits(agentBookingsPerDay, intermediaryBookingsPerDay, intermediaryPlacesPerSlot);
    }

    /** The no-show rule: threshold, window and ban length. */
    public NoShowRule noShowRule() {
        return new NoShowRule(noShowsForBan, noShowWindow, banLength);
    }
}
