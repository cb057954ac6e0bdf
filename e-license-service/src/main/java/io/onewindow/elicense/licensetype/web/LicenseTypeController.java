package io.onewindow.elicense.licensetype.web;

import io.onewindow.elicense.licensetype.LicenseTypes;
import io.onewindow.elicense.licensetype.domain.LicenseType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public catalog of license types. */
@RestController
@RequestMapping("/api/licenses/public/types")
@Tag(name = "License types (public)", description = "What licenses the district issues electronically")
class LicenseTypeController {

    private final LicenseTypes types;

    LicenseTypeController(LicenseTypes types) {
        this.types = types;
    }

    @GetMapping
    @Operation(
            summary = "License types",
            description = "GB/T 36904 type codes, issuing department, validity, face fields. Not paged (an exception"
                    + " to the list convention): a short code list that clients load whole.")
    List<LicenseType> types() {
        return types.all();
    }
}
