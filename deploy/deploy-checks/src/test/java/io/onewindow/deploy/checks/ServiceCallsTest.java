package io.onewindow.deploy.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every synchronous call one application makes to another ({@link ServiceCalls}, read from the
 * application.yml files) has its address configured for the caller, in Compose and on Kubernetes,
 * and on Kubernetes the NetworkPolicies let it through: otherwise the call waits on a default
 * address (127.0.0.1) or a dropped connection, and a case citing an e-license stays in pre-review.
 */
class ServiceCallsTest {

    @Test
    void readsTheCallsFromTheApplicationsSettings() {
        assertThat(ServiceCalls.all())
                .contains(
                        new ServiceCalls.Call("approval-service", "E_LICENSE_SERVICE_URI", "e-license-service"),
                        new ServiceCalls.Call("e-license-service", "APPROVAL_SERVICE_URI", "approval-service"),
                        new ServiceCalls.Call("gateway", "SUPERVISION_SERVICE_URI", "supervision-service"),
                        new ServiceCalls.Call("gateway", "CONSOLE_URI", "console"),
                        new ServiceCalls.Call("console", "GATEWAY_URL", "gateway"));
        // the console's other addresses are not calls to an application
        assertThat(ServiceCalls.all())
                .noneMatch(c -> c.variable().equals("KEYCLOAK_ISSUER_URI")
                        || c.variable().equals("CONSOLE_PUBLIC_BASE_URL"));
        assertThat(
                        ServiceCalls.read(
                                "supervision-service",
                                "onewindow:\n  x:\n    approval-service:\n      uri: ${APPROVAL_SERVICE_URI:http://127.0.0.1:8082}\n"))
                .containsExactly(
                        new ServiceCalls.Call("supervision-service", "APPROVAL_SERVICE_URI", "approval-service"));
    }

    @Test
    void theComposeStackGivesEveryCallerTheAddressOfItsTarget() {
        assertThat(ServiceCalls.composeProblems(Deploy.compose(), ServiceCalls.all()))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "production"})
    void kubernetesGivesEveryCallerTheAddressOfItsTargetAndLetsTheCallThrough(String rendering) {
        assertThat(ServiceCalls.kubernetesProblems(Deploy.kubernetes().get(rendering), ServiceCalls.all()))
                .isEmpty();
    }

    @Test
    void refusesACallWithoutAddressAndACallTheNetworkPoliciesBlock() {
        List<Map<String, Object>> fixture = Yaml.documents(Deploy.fixture("network/blocked-calls.yaml"));
        List<ServiceCalls.Call> calls = List.of(
                new ServiceCalls.Call("approval-service", "E_LICENSE_SERVICE_URI", "e-license-service"),
                new ServiceCalls.Call("e-license-service", "APPROVAL_SERVICE_URI", "approval-service"));

        assertThat(ServiceCalls.kubernetesProblems(fixture, calls))
                .containsExactlyInAnyOrder(
                        "approval-service -> e-license-service (E_LICENSE_SERVICE_URI): approval-service is not given"
                                + " E_LICENSE_SERVICE_URI",
                        "approval-service -> e-license-service (E_LICENSE_SERVICE_URI): no NetworkPolicy lets"
                                + " approval-service out to e-license-service on 8083",
                        "approval-service -> e-license-service (E_LICENSE_SERVICE_URI): no NetworkPolicy lets"
                                + " approval-service into e-license-service on 8083",
                        "e-license-service -> approval-service (APPROVAL_SERVICE_URI): APPROVAL_SERVICE_URI="
                                + "http://approval:8082 names no Service of the manifests",
                        "e-license-service -> approval-service (APPROVAL_SERVICE_URI): no NetworkPolicy lets"
                                + " e-license-service into approval-service on 8082");
    }

    @Test
    void refusesAComposeCallerWithoutTheAddress() {
        Compose fixture = Compose.load(Deploy.fixture("compose/open-ports.yaml"));

        assertThat(ServiceCalls.composeProblems(
                        fixture,
                        List.of(new ServiceCalls.Call(
                                "approval-service", "E_LICENSE_SERVICE_URI", "e-license-service"))))
                .containsExactly("approval-service -> e-license-service (E_LICENSE_SERVICE_URI): Compose gives"
                        + " E_LICENSE_SERVICE_URI=null, expected http://e-license-service:8083");
    }
}
