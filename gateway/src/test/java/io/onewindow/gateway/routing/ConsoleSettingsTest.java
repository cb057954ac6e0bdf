package io.onewindow.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ConsoleSettingsTest {

    private static RoutingProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("onewindow.gateway", RoutingProperties.class);
    }

    @Test
    void theConsoleListensOnItsDefaultPortWhenNothingIsSet() {
        RoutingProperties routing = bind(Map.of("onewindow.gateway.services.licenses.uri", "http://127.0.0.1:8083"));

        assertThat(routing.console().instances()).containsExactly(URI.create("http://127.0.0.1:8090"));
        assertThat(routing.backend(RoutingProperties.CONSOLE)).isSameAs(routing.console());
        assertThat(routing.backends()).containsOnlyKeys("licenses", RoutingProperties.CONSOLE);
        // the console is no /api service: no /api/console route is made from the services
        assertThat(routing.services()).containsOnlyKeys("licenses");
    }

    @Test
    void theConsoleMayHaveSeveralInstancesAndItsOwnConcurrencyLimit() {
        RoutingProperties routing = bind(Map.of(
                "onewindow.gateway.console.uris", "http://10.0.0.7:8090,http://10.0.0.8:8090",
                "onewindow.gateway.console.max-concurrent-calls", "50"));

        assertThat(routing.console().balanced()).isTrue();
        assertThat(routing.console().instances())
                .isEqualTo(List.of(URI.create("http://10.0.0.7:8090"), URI.create("http://10.0.0.8:8090")));
        assertThat(routing.console().maxConcurrentCalls()).isEqualTo(50);
    }

    @Test
    void refusesTheConsoleAsAnApiServiceAndAConsoleAddressWithoutHost() {
        assertThatThrownBy(() -> bind(Map.of("onewindow.gateway.services.console.uri", "http://127.0.0.1:8090")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("not an /api service");
        assertThatThrownBy(() -> bind(Map.of("onewindow.gateway.console.uri", "console:8090")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("absolute URI with a host");
    }
}
