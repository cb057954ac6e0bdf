package io.onewindow.console;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The staff console and the hall's screens: server-rendered pages in Chinese for window officers,
 * approvers, inspectors and administrators (under {@code /console/}), and the public queue board of
 * a hall (under {@code /board/}). It owns no data: every page calls the services through the
 * gateway with the signed-in user's access token, so the services still decide what a user may do.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ConsoleApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConsoleApplication.class, args);
    }
}
