package io.onewindow.appointment.booking.domain;

import io.onewindow.platform.events.appointment.BookingChannel;

/** Reads the booking channel from the token's client id ({@code azp}). */
public final class Channels {

    private Channels() {}

    public static BookingChannel ofClient(String clientId) {
        if ("onewindow-portal".equals(clientId)) {
            return BookingChannel.PORTAL;
        }
        if ("onewindow-wechat".equals(clientId)) {
            return BookingChannel.WECHAT;
        }
        return BookingChannel.OTHER;
    }
}
