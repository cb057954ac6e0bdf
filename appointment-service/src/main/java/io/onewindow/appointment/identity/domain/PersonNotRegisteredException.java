package io.onewindow.appointment.identity.domain;

import io.onewindow.platform.domain.NotFoundException;

/** No account of the realm carries the ID number an officer confirms (404 {@code person-not-registered}). */
public class PersonNotRegisteredException extends NotFoundException {

    static final String CODE = "person-not-registered";

    /** @param maskedIdNumber the ID number as it may be shown ({@code 440113********1235}) */
    public PersonNotRegisteredException(String maskedIdNumber) {
        super(CODE, "person", maskedIdNumber);
    }
}
