package io.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The register of intermediaries and the mandates, as the platform administrator, the window and
 * the principals use them through the gateway: what every journey with an agent sets up first.
 */
final class Agency {

    /** The demo intermediary agent1 works for (a valid unified social credit code). */
    static final String INTERMEDIARY = "91440113MA5D00099P";

    /** agent1's resident ID number, as the realm gives it. */
    static final String AGENT1_ID = "440113198809212469";

    private Agency() {}

    /**
     * Registers the demo intermediary and enrols agent1 under it, unless an earlier journey on
     * the shared platform already did.
     */
    static void enrolAgent1(Gateway gateway) {
        String admin = gateway.tokenOf("admin1");
        Gateway.Answer registered = gateway.post(
                "/api/appointments/agency/intermediaries",
                admin,
                Map.of("creditCode", INTERMEDIARY, "name", "广州某某代办服务有限公司"));
        if (registered.status() != 201) {
            registered.expectProblem(409, "agency.intermediary-registered");
        }
        Gateway.Answer enrolled = gateway.post(
                "/api/appointments/agency/intermediaries/" + INTERMEDIARY + "/agents",
                admin,
                Map.of("agentUsername", "agent1", "agentIdNumber", AGENT1_ID));
        if (enrolled.status() != 201) {
            enrolled.expectProblem(409, "agency.agent-enrolled");
        }
    }

    /**
     * A window officer records, after checking the principal's ID card, that the principal gives
     * agent1 a mandate for these matters until the end of next month.
     */
    static String mandateAtWindow(Gateway gateway, String principalIdNumber, String name, List<String> matters) {
        String mandate = gateway.post(
                        "/api/appointments/mandates/at-window",
                        gateway.tokenOf("officer1"),
                        Map.of(
                                "principalIdNumber", principalIdNumber,
                                "principalName", name,
                                "idCardChecked", true,
                                "agentIdNumber", AGENT1_ID,
                                "matterCodes", matters,
                                "validUntil",
                                        Gateway.serviceToday()
                                                .plusMonths(2)
                                                .withDayOfMonth(1)
                                                .minusDays(1)
                                                .toString()))
                .expect(201)
                .text("id");
        assertThat(mandate).isNotBlank();
        return mandate;
    }

    static LocalDate today() {
        return Gateway.serviceToday();
    }
}
