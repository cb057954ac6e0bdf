package io.onewindow.notification.webhook.web;

import io.onewindow.platform.web.SafeText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request bodies of the webhook administration. */
final class WebhookRequests {

    static final String EVENT_TYPE = "onewindow\\.[a-z]+\\.[A-Za-z]+\\.v[0-9]{1,3}";

    private WebhookRequests() {}

    /** A new subscription. */
    record Subscribe(
            @Schema(description = "Keycloak client id of the department's registered partner system, e.g. partner-tax")
            @NotBlank
            @Pattern(regexp = "[A-Za-z0-9_-]{1,60}")
            String partnerClientId,

            @Schema(description = "The department whose events are delivered, e.g. tax")
            @NotBlank
            @Pattern(regexp = "[a-z0-9-]{2,60}")
            String department,

            @Schema(description = "Event types to deliver, e.g. onewindow.approval.ApplicationAccepted.v1")
            @NotEmpty
            @Size(max = 30)
            List<@NotBlank @Size(max = 80) @Pattern(regexp = EVENT_TYPE) String> eventTypes,

            @Schema(description = "The partner's endpoint: https (http only to a loopback host in the local run)")
            @NotBlank
            @Size(max = 2000)
            @SafeText(multiline = false)
            String url,

            @Size(max = 500) @SafeText String description) {}
}
