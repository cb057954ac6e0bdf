package io.onewindow.appointment.support;

import io.onewindow.platform.test.MutableClock;
import java.time.LocalDateTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The service's clock replaced by one the test moves: Tuesday 2026-12-01 09:00 in Guangzhou. */
@TestConfiguration(proxyBeanMethods = false)
public class AppointmentClockConfiguration {

    public static final LocalDateTime TUESDAY_MORNING = LocalDateTime.of(2026, 12, 1, 9, 0);

    @Bean
    @Primary
    MutableClock clock() {
        return new MutableClock(TUESDAY_MORNING);
    }
}
