package io.onewindow.platform.web;

import io.onewindow.platform.service.ServiceProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET <api-prefix>/public/about}: what this service is, open without a token, for
 * portals and for checking that the gateway's public routes reach the service.
 */
@RestController
@Tag(name = "About", description = "Public facts about this service")
class ServiceInfoController {

    private final ServiceProperties service;

    ServiceInfoController(ServiceProperties service) {
        this.service = service;
    }

    @GetMapping("${onewindow.service.api-prefix}/public/about")
    @Operation(summary = "What this service is", description = "Name, API prefix and the Kafka topic it publishes on.")
    About about() {
        return new About(service.name(), service.description(), service.apiPrefix(), service.eventsTopic());
    }

    /** Public facts about a service. */
    record About(String service, String description, String apiPrefix, String eventsTopic) {}
}
