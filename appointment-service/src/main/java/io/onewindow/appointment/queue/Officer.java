package io.onewindow.appointment.queue;

/** The window officer acting, from the token: subject, username and department. */
public record Officer(String subject, String username, String department) {

    boolean serves(String matterDepartment) {
        return department != null && department.equals(matterDepartment);
    }
}
