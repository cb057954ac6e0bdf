package io.onewindow.platform.events.appointment;

/** Where a booking came from, read from the token's client id ({@code azp}). */
public enum BookingChannel {
    /** The district web portal ({@code onewindow-portal}). */
    PORTAL,
    /** The WeChat mini-app backend ({@code onewindow-wechat}). */
    WECHAT,
    /** A window officer at the hall (walk-in tickets). */
    HALL,
    /** Any other client. */
    OTHER
}
