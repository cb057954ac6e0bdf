package io.onewindow.appointment.identity.domain;

import io.onewindow.platform.identity.RealNameLevel;
import java.util.Optional;

/**
 * The people's accounts in the identity provider (the Keycloak realm): found by the resident ID
 * number they carry, and their real-name level changed.
 */
public interface Accounts {

    /** The account whose {@code id_number} is {@code idNumber}, if one has it. */
    Optional<Account> findByIdNumber(String idNumber);

    /** Sets the account's {@code real_name_level}; its next token carries it. */
    void changeRealNameLevel(Account account, RealNameLevel level);

    /** An account: its id in the identity provider, its login and its level (self-declared when it has none). */
    record Account(String id, String username, RealNameLevel level) {}
}
