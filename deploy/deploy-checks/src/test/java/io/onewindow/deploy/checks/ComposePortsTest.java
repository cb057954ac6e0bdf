package io.onewindow.deploy.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Compose stack publishes only the gateway beyond the host's loopback interface: every other
 * published port (Keycloak for tokens, Prometheus) binds 127.0.0.1, or is not published at all.
 * Docker publishes a port without an address on every interface, and its own iptables rules let it
 * through the host's firewall.
 */
class ComposePortsTest {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "::1", "[::1]", "localhost");

    @Test
    void onlyTheGatewayIsPublishedBeyondTheLoopbackInterface() {
        assertThat(publishedBeyondLoopback(Deploy.compose())).isEmpty();
    }

    @Test
    void refusesPortsPublishedOnEveryInterface() {
        Compose fixture = Compose.load(Deploy.fixture("compose/open-ports.yaml"));

        assertThat(publishedBeyondLoopback(fixture))
                .containsExactlyInAnyOrder(
                        "keycloak: port 8180:8080 is published on every interface",
                        "prometheus: port 9090 (target 9090) is published on every interface",
                        "kafka1: port 0.0.0.0:9092:9092 is published on 0.0.0.0");
    }

    static List<String> publishedBeyondLoopback(Compose compose) {
        List<String> problems = new ArrayList<>();
        for (String service : compose.services().keySet()) {
            if ("gateway".equals(compose.application(service, Deploy.applications()))) {
                continue;
            }
            for (Object port : Yaml.list(compose.service(service).get("ports"))) {
                if (port instanceof Map<?, ?> longSyntax) {
                    Object hostIp = longSyntax.get("host_ip");
                    String described =
                            "port " + longSyntax.get("published") + " (target " + longSyntax.get("target") + ")";
                    if (hostIp == null) {
                        problems.add(service + ": " + described + " is published on every interface");
                    } else if (!LOOPBACK.contains(String.valueOf(hostIp))) {
                        problems.add(service + ": " + described + " is published on " + hostIp);
                    }
                    continue;
                }
                String text = String.valueOf(port);
                String withoutProtocol = text.contains("/") ? text.substring(0, text.indexOf('/')) : text;
                int lastColon = withoutProtocol.lastIndexOf(':');
                int hostColon = lastColon <= 0 ? -1 : withoutProtocol.lastIndexOf(':', lastColon - 1);
                if (hostColon < 0) {
                    problems.add(service + ": port " + text + " is published on every interface");
                } else if (!LOOPBACK.contains(withoutProtocol.substring(0, hostColon))) {
                    problems.add(
                            service + ": port " + text + " is published on " + withoutProtocol.substring(0, hostColon));
                }
            }
        }
        return problems;
    }
}
