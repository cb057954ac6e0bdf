package io.onewindow.supervision;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Supervision service: electronic discipline monitoring, complaints, ratings and statistics. */
@SpringBootApplication
public class SupervisionServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(SupervisionServiceApplication.class, args);
    }
}
