package io.onewindow.elicense;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** E-license service: signed electronic licenses, verification, holder consent and use log. */
@SpringBootApplication
public class ELicenseServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ELicenseServiceApplication.class, args);
    }
}
