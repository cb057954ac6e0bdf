package io.onewindow.appointment.servicepoint.domain;

import java.util.List;
import java.util.Objects;

/**
 * A business handled by several departments that one booking covers (一号联办), e.g. a
 * second-hand housing transfer = real-estate registration + tax.
 *
 * @param code the business code used in a linked booking request
 * @param name its name
 * @param matterCodes the matters booked together, in visiting order (at least two)
 */
public record LinkedBusiness(String code, String name, List<String> matterCodes) {

    public LinkedBusiness {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        matterCodes = List.copyOf(matterCodes);
        if (matterCodes.size() < 2 || matterCodes.stream().distinct().count() != matterCodes.size()) {
            throw new IllegalArgumentException("a linked business joins at least two different matters");
        }
    }
}
