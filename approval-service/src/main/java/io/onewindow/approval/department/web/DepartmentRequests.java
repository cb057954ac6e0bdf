package io.onewindow.approval.department.web;

import io.onewindow.approval.department.DepartmentRegistry;
import io.onewindow.platform.web.SafeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the department registry. */
final class DepartmentRequests {

    static final String CODE = "[a-z][a-z0-9-]{1,63}";
    static final String CLIENT_ID = "[a-z][a-z0-9-]{1,63}";

    private DepartmentRequests() {}

    /**
     * A department to register.
     *
     * @param code e.g. {@code market-regulation}
     * @param name the Chinese name, e.g. {@code 番禺区市场监督管理局}
     * @param partnerClientId the Keycloak client id of its own system, if it docks
     */
    record Registration(
            @NotBlank @Pattern(regexp = CODE) String code,

            @NotBlank @SafeText(multiline = false) @Size(min = 2, max = 60)
            String name,

            @Pattern(regexp = CLIENT_ID) String partnerClientId) {

        DepartmentRegistry.Particulars particulars() {
            return new DepartmentRegistry.Particulars(name, partnerClientId);
        }
    }

    /**
     * A department's new particulars: the whole state, so an absent {@code partnerClientId} removes
     * its partner system.
     */
    record Change(
            @NotBlank @SafeText(multiline = false) @Size(min = 2, max = 60)
            String name,

            @Pattern(regexp = CLIENT_ID) String partnerClientId) {

        DepartmentRegistry.Particulars particulars() {
            return new DepartmentRegistry.Particulars(name, partnerClientId);
        }
    }
}
