package io.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's role × operation matrix, through the gateway with each demo user's real token: every
 * operation the issue added (the agency register, mandates, inspectors' powers, four-eyes
 * digitisation and license types, the catalog's content approvals, the register of bars, complaints
 * for inspectors, holders' wallets, service-to-service endpoints) is refused with a 403 problem to
 * every role it is not given, and with a 401 problem without a token. Each request carries a valid
 * body, so a refusal is the role's and not the input's.
 */
class EachRoleMayOnlyWhatIssue14GivesItIT {

    private static final List<String> USERS = List.of(
            "citizen1",
            "citizen2",
            "enterprise1",
            "agent1",
            "officer1",
            "officer2",
            "approver1",
            "deptadmin1",
            "catalogadmin1",
            "inspector1",
            "admin1");

    private static final Set<String> PRINCIPALS = Set.of("citizen1", "citizen2", "enterprise1");
    private static final Set<String> OFFICERS = Set.of("officer1", "officer2");

    private static Gateway gateway;

    /** One operation, and who may call it. */
    record Operation(String method, String path, Object body, Set<String> allowed) {

        static Operation get(String path, Set<String> allowed) {
            return new Operation("GET", path, null, allowed);
        }

        static Operation post(String path, Object body, Set<String> allowed) {
            return new Operation("POST", path, body, allowed);
        }
    }

    @BeforeAll
    static void platform() {
        gateway = Gateway.toSharedPlatform();
    }

    static List<Operation> operations() {
        String intermediary = "91440113MA5D00023X";
        String booking = UUID.randomUUID().toString();
        String until = Gateway.serviceToday().plusDays(30).toString();
        Map<String, Object> reason = Map.of("reason", "矩阵测试：不应执行");
        return List.of(
                Operation.post(
                        "/api/appointments/agency/intermediaries",
                        Map.of("creditCode", intermediary, "name", "矩阵测试代办公司"),
                        Set.of("admin1")),
                Operation.post(
                        "/api/appointments/agency/intermediaries/" + Agency.INTERMEDIARY + "/agents",
                        Map.of("agentUsername", "agent1", "agentIdNumber", Agency.AGENT1_ID),
                        Set.of("admin1")),
                Operation.get("/api/appointments/agency/intermediaries", Set.of("admin1", "inspector1")),
                Operation.post(
                        "/api/appointments/agency/intermediaries/" + Agency.INTERMEDIARY + "/suspend",
                        reason,
                        Set.of("inspector1")),
                Operation.post(
                        "/api/appointments/agency/intermediaries/" + Agency.INTERMEDIARY + "/agents/agent1/suspend",
                        reason,
                        Set.of("inspector1")),
                Operation.get("/api/appointments/agency/inspection/bookings?ids=" + booking, Set.of("inspector1")),
                Operation.post(
                        "/api/appointments/agency/inspection/bookings/" + booking + "/cancel",
                        reason,
                        Set.of("inspector1")),
                Operation.post(
                        "/api/appointments/mandates",
                        Map.of("agentIdNumber", Agency.AGENT1_ID, "validUntil", until),
                        PRINCIPALS),
                Operation.get("/api/appointments/mandates/given", PRINCIPALS),
                Operation.get("/api/appointments/mandates/received", Set.of("agent1")),
                Operation.post(
                        "/api/appointments/mandates/at-window",
                        Map.of(
                                "principalIdNumber",
                                Appointments.residentId("44011319850101377"),
                                "principalName",
                                "矩阵测试",
                                "idCardChecked",
                                true,
                                "agentIdNumber",
                                Agency.AGENT1_ID,
                                "validUntil",
                                until),
                        OFFICERS),
                Operation.post(
                        "/api/licenses/digitisations",
                        Map.of(
                                "typeCode", "11100000000013338W002",
                                "holderName", "矩阵测试餐饮店",
                                "holderCode", Appointments.residentId("44011319850101377"),
                                "holderCodeType", "111",
                                "issuedOn", "2025-01-02",
                                "validFrom", "2025-01-02"),
                        Set.of("officer1", "officer2", "deptadmin1")),
                Operation.get("/api/licenses/digitisations", Set.of("officer1", "officer2", "deptadmin1")),
                Operation.get("/api/licenses/types/changes", Set.of("catalogadmin1", "admin1", "deptadmin1")),
                Operation.post(
                        "/api/licenses/types/changes/" + UUID.randomUUID() + "/confirmation",
                        null,
                        Set.of("deptadmin1")),
                Operation.post(
                        "/api/approvals/catalog/matters/MR-GT-001/versions/1/approvals",
                        Map.of("contentHash", "0".repeat(64)),
                        Set.of("deptadmin1", "admin1")),
                Operation.get("/api/supervision/inspections/agency-bars", Set.of("inspector1")),
                Operation.get("/api/supervision/inspections/complaints", Set.of("inspector1")),
                Operation.get("/api/licenses/mine", PRINCIPALS),
                Operation.get("/api/approvals/internal/case-citations/GZ-PY-2026-000001", Set.of()));
    }

    @Test
    void everyRoleOutsideAnOperationsRolesIsRefusedWithAProblemNobodyWithoutATokenAndNothingChanges() {
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations()) {
            Gateway.Answer anonymous = call(operation, null);
            if (anonymous.status() != 401 || !anonymous.contentType().startsWith("application/problem+json")) {
                wrong.add("no token " + operation.method() + " " + operation.path() + " → " + anonymous.status());
            }
            for (String user : USERS) {
                if (operation.allowed().contains(user)) {
                    continue;
                }
                Gateway.Answer answer = call(operation, gateway.tokenOf(user));
                if (answer.status() != 403 || !answer.contentType().startsWith("application/problem+json")) {
                    wrong.add(user + " " + operation.method() + " " + operation.path() + " → " + answer.status() + " "
                            + answer.body());
                }
            }
        }
        assertThat(wrong).as("calls not refused as they must be").isEmpty();

        // and the refused calls changed nothing the inspector can see
        String inspector = gateway.tokenOf("inspector1");
        assertThat(gateway.get("/api/appointments/agency/intermediaries", inspector)
                        .expect(200)
                        .body())
                .doesNotContain("91440113MA5D00023X")
                .doesNotContain("矩阵测试");
        assertThat(gateway.get("/api/supervision/inspections/agency-bars", inspector)
                        .expect(200)
                        .body())
                .doesNotContain("矩阵测试");
    }

    private static Gateway.Answer call(Operation operation, String token) {
        return "GET".equals(operation.method())
                ? gateway.get(operation.path(), token)
                : gateway.post(operation.path(), token, operation.body());
    }
}
