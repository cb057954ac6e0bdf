package io.onewindow.deploy.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Swagger UIs are off in production unless switched on, while the OpenAPI documents stay
 * published and name the public gateway and realm; locally (the base) the UIs are on.
 */
class ApiDocsInProductionTest {

    private static Map<String, Object> environment(List<Map<String, Object>> resources, String application) {
        Workloads.Container container = Workloads.containers(resources).stream()
                .filter(c -> application.equals(c.application(Deploy.applications())))
                .findFirst()
                .orElseThrow();
        return Workloads.environment(container, resources);
    }

    @Test
    void switchesEveryServicesSwaggerUiOffAndNamesThePublicGatewayInTheDocuments() {
        List<Map<String, Object>> production = Deploy.production();
        for (String service : Deploy.services()) {
            Map<String, Object> environment = environment(production, service);
            assertThat(environment).as(service).containsEntry("SWAGGER_UI_ENABLED", "false");
            assertThat(String.valueOf(environment.get("ONEWINDOW_API_DOCS_PUBLIC_BASE_URL")))
                    .as(service)
                    .startsWith("https://");
            assertThat(String.valueOf(environment.get("ONEWINDOW_API_DOCS_REALM_URL")))
                    .as(service)
                    .isEqualTo(environment.get("KEYCLOAK_ISSUER_URI"));
        }
    }

    @Test
    void switchesTheGatewaysSwaggerUiOffButKeepsTheDocumentsItServes() {
        Map<String, Object> gateway = environment(Deploy.production(), "gateway");
        assertThat(gateway).containsEntry("GATEWAY_SWAGGER_UI_ENABLED", "false");
        assertThat(gateway).doesNotContainKey("GATEWAY_API_DOCS_ENABLED");
    }

    @Test
    void leavesTheSwaggerUisOnInTheBase() {
        List<Map<String, Object>> base = Deploy.base();
        for (String application : Deploy.applications()) {
            Map<String, Object> environment = environment(base, application);
            assertThat(environment)
                    .as(application)
                    .doesNotContainKeys("SWAGGER_UI_ENABLED", "GATEWAY_SWAGGER_UI_ENABLED");
        }
    }
}
