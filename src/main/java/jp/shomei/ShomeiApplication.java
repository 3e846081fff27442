package jp.shomei;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

@SpringBootApplication
@EnableProcessApplication
@ConfigurationPropertiesScan
@EnableAsync
public class ShomeiApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShomeiApplication.class, args);
    }
}
