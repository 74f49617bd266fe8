package org.openris;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RisApplication {
    public static void main(String[] args) {
        SpringApplication.run(RisApplication.class, args);
    }
}
