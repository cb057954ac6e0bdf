package io.onewindow.elicense.license;

import io.onewindow.elicense.license.domain.License;
import io.onewindow.platform.domain.AccessRefusedException;
import io.onewindow.platform.security.Caller;
import io.onewindow.platform.security.Roles;
import java.util.ArrayList;
import java.util.List;

/**
 * Who holds what: a citizen holds the licenses issued to their verified ID number, an enterprise
 * user those of their enterprise's credit code (and their own ID number). Only these two roles hold
 * licenses: staff, agents, inspectors or partner systems whose token happens to carry an
 * {@code id_number} are no holders here.
 */
public final class Holders {

    private Holders() {}

    /** Whether the caller acts as a holder (citizen or enterprise). */
    public static boolean isHolder(Caller caller) {
        return caller.hasAnyRole(Roles.CITIZEN, Roles.ENTERPRISE);
    }

    /** Refuses (403 {@code license.holder-role}) a caller who is no holder. */
    public static void requireHolder(Caller caller) {
        if (!isHolder(caller)) {
            throw new AccessRefusedException(
                    "license.holder-role", "only citizens and enterprises hold licenses and manage their grants");
        }
    }

    /** The holder codes the caller's token proves (the ID number, the credit code); none for non-holders. */
    public static List<String> codesOf(Caller caller) {
        List<String> codes = new ArrayList<>(2);
        if (!isHolder(caller)) {
            return codes;
        }
        if (caller.idNumber() != null && !caller.idNumber().isBlank()) {
            codes.add(caller.idNumber().toUpperCase());
        }
        if (caller.creditCode() != null && !caller.creditCode().isBlank()) {
            codes.add(caller.creditCode().toUpperCase());
        }
        return codes;
    }

    public static boolean holds(Caller caller, License license) {
        return codesOf(caller).stream().anyMatch(license::isHeldBy);
    }
}
