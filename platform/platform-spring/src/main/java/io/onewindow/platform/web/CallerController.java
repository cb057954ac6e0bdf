package io.onewindow.platform.web;

import io.onewindow.platform.security.Caller;
import io.onewindow.platform.service.ServiceProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET <api-prefix>/me}: who this service takes the caller to be. Portals use it to
 * show the signed-in person; operators use it to check a token end to end through the
 * gateway. Identity numbers are masked.
 */
@RestController
@Tag(name = "Session", description = "The caller as this service sees the token")
class CallerController {

    private final ServiceProperties service;

    CallerController(ServiceProperties service) {
        this.service = service;
    }

    @GetMapping("${onewindow.service.api-prefix}/me")
    @Operation(
            summary = "The signed-in caller",
            description = "Identity, roles and department from the verified token; the ID number masked.")
    CallerView me(@AuthenticationPrincipal Caller caller) {
        return new CallerView(
                service.name(),
                caller.subject(),
                caller.username(),
                new TreeSet<>(caller.roles()),
                caller.department(),
                caller.maskedIdNumber(),
                caller.clientId());
    }

    /** The caller, safe to show. */
    record CallerView(
            String service,
            String subject,
            String username,
            Set<String> roles,
            String department,
            String idNumber,
            String clientId) {}
}
