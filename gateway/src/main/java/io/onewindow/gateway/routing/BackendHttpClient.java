package io.onewindow.gateway.routing;

import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The HTTP client the gateway calls the services with. Reactor Netty by default sends a request a
 * second time, on a new connection, when the pooled connection it took was found closed while the
 * request was going out (a service's keep-alive connection closed by the service at that moment).
 * For a POST that is a second booking attempt the client never asked for, and the gateway cannot
 * even send it properly: the request body was already read from the client and released, so the
 * resend failed with Netty's {@code IllegalReferenceCountException}. That resend is switched off;
 * whether a call is tried again is decided by the route's retry alone, which retries GETs only
 * ({@link ServiceRoutes}). Idle pooled connections are closed by the gateway before the services'
 * servers close them ({@code spring.cloud.gateway.server.webflux.httpclient.pool.max-idle-time},
 * application.yml), so such a race is rare in the first place.
 */
@Configuration(proxyBeanMethods = false)
class BackendHttpClient {

    @Bean
    HttpClientCustomizer noResendOfRequests() {
        return client -> client.disableRetry(true);
    }
}
