/**
 * Events of the appointment-service on {@link io.onewindow.platform.events.Topics#APPOINTMENT}.
 *
 * <p>They carry what supervision needs to spot scalping — the principal as a salted hash of
 * the ID number ({@code principalIdHash}, stable across events, so repeated bookings of one
 * person are linkable) plus the masked number for people reading alerts, the agent who booked
 * for someone else, the {@link BookingChannel}, and a salted hash of the device id and client IP
 * ({@code fingerprintHash}: one fingerprint booking for many principals is the scalping signal).
 * The events about one booking or ticket also carry the {@code department} responsible for its
 * matter, so supervision can route its alerts and visit ratings to that department; it is
 * {@code null} in events written before the field existed, and readers must accept that.
 * {@code Booked}, {@code Rescheduled} and {@code Cancelled} say whether their slot's day lay in a
 * calendar year answered only provisionally ({@code slotProvisional}, 临时推算); {@code false} in
 * events written before that field existed.
 * No event carries a full ID number or a name. The catalog is {@code docs/events/appointment.md}.
 */
package io.onewindow.platform.events.appointment;
