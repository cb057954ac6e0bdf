package io.onewindow.appointment.support;

import io.onewindow.platform.identity.ResidentIdNumber;

/** Valid resident ID numbers (GB 11643 check character computed) for as many test people as needed. */
public final class TestIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private TestIds() {}

    /** The {@code n}-th test person (0..999), born 1980-01-01 plus n days, Panyu address code. */
    public static ResidentIdNumber person(int n) {
        String birth = java.time.LocalDate.of(1980, 1, 1)
                .plusDays(n / 1000)
                .format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        String body = "440113" + birth + String.format("%03d", n % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return ResidentIdNumber.of(body + CHECK.charAt(sum % 11));
    }
}
