package io.onewindow.console.board;

import io.onewindow.console.gateway.ServiceGateway;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The public reads a hall's board makes, anonymously through the gateway (cached there for a second). */
@Component
public class BoardCalls {

    private final ServiceGateway gateway;

    BoardCalls(ServiceGateway gateway) {
        this.gateway = gateway;
    }

    /** {@code {servicePointId, lines: [{line, nowCalling: [{number, window, at}], next: [number], waiting, estimatedWaitMinutes}]}}. */
    public Map<String, Object> board(String servicePointId) {
        return gateway.anonymous().object("/api/appointments/public/service-points/{id}/board", servicePointId);
    }

    /** The point's public particulars (its Chinese name for the board's title). */
    public Map<String, Object> servicePoint(String servicePointId) {
        return gateway.anonymous().object("/api/appointments/public/service-points/{id}", servicePointId);
    }
}
