package io.onewindow.appointment.queue.domain;

/** The window officer acting, from the token: subject, username and department. */
public record Officer(String subject, String username, String department) {

    /** Whether the officer's department serves a matter of {@code matterDepartment}. */
    public boolean serves(String matterDepartment) {
        return department != null && department.equals(matterDepartment);
    }
}
