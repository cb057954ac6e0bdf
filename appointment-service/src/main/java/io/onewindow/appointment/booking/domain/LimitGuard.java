package io.onewindow.appointment.booking.domain;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/**
 * One limit as countable places: "at most {@code capacity} bookings of this person in this
 * period" becomes the keys {@code <scope>#0 .. <scope>#capacity-1}, and a booking must insert
 * one of them into a collection with a unique {@code _id}. Several instances racing for the
 * last key: the unique index lets exactly one win, with no transaction and no lock.
 *
 * @param scope e.g. {@code day:<idHash>:2026-12-01}
 * @param capacity how many keys the scope has
 * @param code the problem code when every key is taken
 */
public record LimitGuard(String scope, int capacity, String code) {

    public List<String> keys() {
        List<String> keys = new ArrayList<>(capacity);
        for (int i = 0; i < capacity; i++) {
            keys.add(scope + "#" + i);
        }
        return keys;
    }

    /** The per-day, per-week and per-month limits one booking (or one linked booking) uses. */
    public static List<LimitGuard> periodGuards(String idHash, LocalDate day, BookingLimits limits) {
        String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return List.of(
                new LimitGuard("day:" + idHash + ":" + day, limits.perDay(), "limit-per-day"),
                new LimitGuard("week:" + idHash + ":" + week, limits.perWeek(), "limit-per-week"),
                new LimitGuard(
                        "month:" + idHash + ":" + day.getYear() + "-" + day.getMonthValue(),
                        limits.perMonth(),
                        "limit-per-month"));
    }

    /** The one-active-booking-per-matter limit. */
    public static LimitGuard matterGuard(String idHash, String matterCode, BookingLimits limits) {
        return new LimitGuard(
                "matter:" + idHash + ":" + matterCode, limits.activePerMatter(), "limit-active-per-matter");
    }

    /**
     * The agent limits one agent booking (or one linked booking) uses: the agent's day, the
     * intermediary's day, and the intermediary's share of each slot held.
     */
    public static List<LimitGuard> agentGuards(
            AgentAuthority authority, LocalDate day, List<String> slotIds, AgentLimits limits) {
        List<LimitGuard> guards = new ArrayList<>();
        guards.add(new LimitGuard(
                "agent-day:" + authority.agentUsername() + ":" + day, limits.perAgentPerDay(), AgentLimits.AGENT_DAY));
        guards.add(new LimitGuard(
                "intermediary-day:" + authority.intermediaryCode() + ":" + day,
                limits.perIntermediaryPerDay(),
                AgentLimits.INTERMEDIARY_DAY));
        for (String slotId : slotIds) {
            guards.add(new LimitGuard(
                    "intermediary-slot:" + authority.intermediaryCode() + ":" + slotId,
                    limits.perSlotPerIntermediary(),
                    AgentLimits.INTERMEDIARY_SLOT));
        }
        return guards;
    }
}
