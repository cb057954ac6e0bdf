package io.onewindow.notification.delivery.web;

import io.onewindow.notification.delivery.DeliveryStatus;
import io.onewindow.notification.delivery.domain.StatusReportSignature;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * SMS providers' status reports. The providers hold no OneWindow token, so the path is under
 * {@code /public/} (open at the platform's security layer) and each report is authenticated by its
 * signature instead: {@code X-OneWindow-Signature: sha256=<hex HMAC-SHA256 of the raw body>} under
 * the provider's {@code callback-secret}; a missing or wrong signature (or a provider without a
 * secret) is 401, an unknown provider or message 404.
 */
@RestController
@Validated
@Tag(name = "SMS status reports", description = "Providers report delivered or failed (signed)")
class SmsStatusController {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final DeliveryStatus status;
    private final Validator validator;

    SmsStatusController(DeliveryStatus status, Validator validator) {
        this.status = status;
        this.validator = validator;
    }

    /**
     * One status report.
     *
     * @param messageId the id the provider answered when it took the message
     * @param status {@code DELIVERED} or {@code FAILED}
     * @param reason the provider's reason of a failure
     */
    record StatusReport(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}")
            String messageId,

            @NotNull @Size(max = 9) @Pattern(regexp = "DELIVERED|FAILED")
            String status,

            @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}")
            String reason) {}

    /**
     * What a report changed.
     *
     * @param messageId the provider's message id
     * @param state the delivery's state after the report ({@code DELIVERED}, {@code FAILED}; unchanged when it was final)
     */
    record ReportAnswer(String messageId, String state) {}

    @PostMapping(
            path = "/api/notifications/public/channels/sms/{provider}/status",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "An SMS provider's status report",
            description = "Signed with `X-OneWindow-Signature: sha256=<hex HMAC-SHA256(callback-secret, raw body)>`"
                    + " (401 when missing or wrong). Answers the delivery's state; a report of a delivery already"
                    + " final changes nothing. 404 unknown provider or message.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The report was applied (or the delivery was final)"),
                @ApiResponse(
                        responseCode = "401",
                        description = "The signature is missing or wrong, or the provider has no callback secret",
                        content =
                                @Content(
                                        mediaType = "application/problem+json",
                                        schema = @Schema(ref = "#/components/schemas/Problem")))
            },
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(implementation = StatusReport.class))))
    ReportAnswer report(
            @PathVariable @Pattern(regexp = "[a-z0-9-]{1,30}") String provider,
            @Parameter(description = "`sha256=` and the hex HMAC-SHA256 of the body")
                    @RequestHeader(name = StatusReportSignature.HEADER, required = false)
                    @Size(max = 80)
                    String signature,
            @RequestBody byte[] raw,
            HttpServletRequest request) {
        if (!status.authentic(provider, raw, signature)) {
            throw new BadCredentialsException("status report not signed by " + provider);
        }
        StatusReport report = read(raw, request);
        return new ReportAnswer(
                report.messageId(),
                status.reported(provider, report.messageId(), "DELIVERED".equals(report.status()), report.reason())
                        .state()
                        .name());
    }

    private StatusReport read(byte[] raw, HttpServletRequest request) {
        StatusReport report;
        try {
            report = JSON.readValue(raw, StatusReport.class);
        } catch (JacksonException unreadable) {
            throw new HttpMessageNotReadableException(
                    "not a status report", unreadable, new ServletServerHttpRequest(request));
        }
        if (report == null) {
            throw new HttpMessageNotReadableException("no status report", null, new ServletServerHttpRequest(request));
        }
        Set<ConstraintViolation<StatusReport>> violations = validator.validate(report);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return report;
    }
}
