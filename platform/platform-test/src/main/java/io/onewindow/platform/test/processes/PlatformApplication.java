package io.onewindow.platform.test.processes;

import java.util.List;
import java.util.Optional;

/**
 * One of the platform's runnable applications as {@code deploy/local.sh} runs it: its Maven module
 * (whose {@code target/<module>-<version>-exec.jar} is started), the environment variable of its
 * port, the variable through which the gateway and the other services find it, and the prefix of
 * its HTTP API.
 *
 * @param gatewayUriVariable {@code null} for the gateway itself
 */
public record PlatformApplication(String module, String portVariable, String gatewayUriVariable, String apiPrefix) {

    public static final PlatformApplication APPOINTMENT = new PlatformApplication(
            "appointment-service", "APPOINTMENT_SERVICE_PORT", "APPOINTMENT_SERVICE_URI", "/api/appointments");
    public static final PlatformApplication APPROVAL = new PlatformApplication(
            "approval-service", "APPROVAL_SERVICE_PORT", "APPROVAL_SERVICE_URI", "/api/approvals");
    public static final PlatformApplication E_LICENSE = new PlatformApplication(
            "e-license-service", "E_LICENSE_SERVICE_PORT", "E_LICENSE_SERVICE_URI", "/api/licenses");
    public static final PlatformApplication SUPERVISION = new PlatformApplication(
            "supervision-service", "SUPERVISION_SERVICE_PORT", "SUPERVISION_SERVICE_URI", "/api/supervision");
    public static final PlatformApplication NOTIFICATION = new PlatformApplication(
            "notification-service", "NOTIFICATION_SERVICE_PORT", "NOTIFICATION_SERVICE_URI", "/api/notifications");
    public static final PlatformApplication GATEWAY = new PlatformApplication("gateway", "GATEWAY_PORT", null, "/api");

    /**
     * The staff console and the hall's queue board: pages, not an API; the gateway routes
     * {@code /console/**} and {@code /board/**} to it, and it calls the services through the gateway
     * ({@code GATEWAY_URL}).
     */
    public static final PlatformApplication CONSOLE =
            new PlatformApplication("console", "CONSOLE_PORT", "CONSOLE_URI", "/console");

    /** The five services, in the order they are started. */
    public static final List<PlatformApplication> SERVICES =
            List.of(APPOINTMENT, APPROVAL, E_LICENSE, SUPERVISION, NOTIFICATION);

    /** The applications the gateway routes to: the services and the console. */
    public static final List<PlatformApplication> ROUTED =
            List.of(APPOINTMENT, APPROVAL, E_LICENSE, SUPERVISION, NOTIFICATION, CONSOLE);

    /** Every application of the platform: the services, the console and the gateway. */
    public static final List<PlatformApplication> ALL =
            List.of(APPOINTMENT, APPROVAL, E_LICENSE, SUPERVISION, NOTIFICATION, CONSOLE, GATEWAY);

    /** Whether this is the gateway, which routes to the services instead of being routed to. */
    public boolean isGateway() {
        return gatewayUriVariable == null;
    }

    /** The application of a module name, e.g. {@code "approval-service"}. */
    public static Optional<PlatformApplication> ofModule(String module) {
        return ALL.stream().filter(a -> a.module().equals(module)).findFirst();
    }
}
