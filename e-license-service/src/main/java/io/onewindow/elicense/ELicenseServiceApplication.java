package io.onewindow.elicense;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** E-license service: signed electronic licenses, verification, holder consent and use log. */
@SpringBootApplication
public class ELicenseServiceApplication {

    /** Issued licenses, each with the outbox of its lifecycle events. */
    public static final String LICENSES = "licenses";

    /** The use log: one document per use, with the outbox of its LicenseUsed event. */
    public static final String LICENSE_USES = "license_uses";

    /** Requests to digitise paper licenses, waiting for (or decided by) a second person. */
    public static final String DIGITISATION_REQUESTS = "digitisation_requests";

    /** Proposed definitions and changes of license types, waiting for the owning department's admin. */
    public static final String LICENSE_TYPE_CHANGES = "license_type_changes";
    /** Refused duty reads, one document each, with the outbox of its LicenseReadRefused event. */
    public static final String LICENSE_READ_REFUSALS = "license_read_refusals";

    /** Written notices of cases (受理、不予受理、补正、准予/不予许可), each with the outbox of its events. */
    public static final String NOTICES = "notices";

    /** Who filed each case, learned from ApplicationSubmitted: the readers of its notices. */
    public static final String NOTICE_CASES = "notice_cases";

    /** Matter names per catalog version, learned from MatterVersionPublished, for notices. */
    public static final String NOTICE_MATTERS = "notice_matters";

    /** Department names, learned from approval's registry (DepartmentRecorded), for notices. */
    public static final String NOTICE_DEPARTMENTS = "notice_departments";

    public static void main(String[] args) {
        SpringApplication.run(ELicenseServiceApplication.class, args);
    }
}
