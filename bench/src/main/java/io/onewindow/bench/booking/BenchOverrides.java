package io.onewindow.bench.booking;

import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * What the bench changes in the service: tokens signed by the bench's own RSA key instead of
 * Keycloak's (same claims, same converter, same method security), and a fixed clock on a working
 * Tuesday morning so the same slots are released on every run.
 */
@Configuration(proxyBeanMethods = false)
public class BenchOverrides {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 9, 0);

    public static volatile RSAPublicKey publicKey;

    @Bean
    @Primary
    Clock benchClock() {
        return Clock.fixed(NOW.atZone(ZONE).toInstant(), ZONE);
    }

    @Bean
    JwtDecoder benchJwtDecoder() {
        return NimbusJwtDecoder.withPublicKey(publicKey).build();
    }
}
