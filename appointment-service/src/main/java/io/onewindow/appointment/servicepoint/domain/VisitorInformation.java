package io.onewindow.appointment.servicepoint.domain;

/**
 * What a visitor wants to know before coming, shown in the public view.
 *
 * @param parking where to park, e.g. {@code 地下停车场，120个车位}; {@code null} when not given
 * @param transport how to get there by public transport; {@code null} when not given
 * @param selfServiceTerminals how many self-service terminals (自助终端) the point has
 * @param twentyFourHourZone whether it has a 24-hour self-service zone (24小时自助服务区)
 */
public record VisitorInformation(
        String parking, String transport, int selfServiceTerminals, boolean twentyFourHourZone) {

    /** Nothing given. */
    public static final VisitorInformation NONE = new VisitorInformation(null, null, 0, false);

    public VisitorInformation {
        if (selfServiceTerminals < 0) {
            throw new IllegalArgumentException("self-service terminals cannot be negative");
        }
    }
}
