package io.onewindow.approval.counter.domain;

/**
 * A window of a service point, as the registry says.
 *
 * @param servicePointId the point
 * @param tier the point's service tier: 4 district, 5 town/street, 6 village/community
 * @param number the window's number
 * @param comprehensive whether it is a comprehensive window (综合受理窗口)
 * @param department the department a department window serves; {@code null} for a comprehensive one
 * @param delivery whether results are handed out there (统一窗口出件)
 */
public record HallWindow(
        String servicePointId, int tier, String number, boolean comprehensive, String department, boolean delivery) {}
