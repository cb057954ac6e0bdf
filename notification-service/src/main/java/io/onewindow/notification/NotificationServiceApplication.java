package io.onewindow.notification;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Notification service: turns the platform's events into notices in Chinese, one per person, kept in
 * an inbox per person ({@code notices}) and pushed to the person's open live streams.
 */
@SpringBootApplication
public class NotificationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotificationServiceApplication.class, args);
    }
}
