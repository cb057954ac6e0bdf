package io.onewindow.elicense.license;

import io.onewindow.elicense.license.domain.License;
import io.onewindow.platform.security.Caller;
import java.util.ArrayList;
import java.util.List;

/** Who holds what: a caller holds the licenses issued to their ID number or their enterprise's credit code. */
public final class Holders {

    private Holders() {}

    /** The holder codes the caller's token proves: the verified ID number and the credit code. */
    public static List<String> codesOf(Caller caller) {
        List<String> codes = new ArrayList<>(2);
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
