package io.onewindow.notification.delivery.domain;

/** Addresses as they may be shown to a service: the mobile number as {@code 138****0000}, the openid as its first four characters. */
public final class Masking {

    private Masking() {}

    public static String address(ChannelKind channel, String address) {
        if (address == null) {
            return null;
        }
        if (channel == ChannelKind.SMS && address.length() == 11) {
            return address.substring(0, 3) + "****" + address.substring(7);
        }
        return address.substring(0, Math.min(4, address.length())) + "****";
    }
}
