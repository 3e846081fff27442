package jp.shomei.studentid;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param urlValidity how long the mailed one-time URL opens the school-record form
 * @param resubmissionWait how long an application waits for the graduate's correction after staff asked for one
 */
@ConfigurationProperties("shomei.student-id")
public record StudentIdProperties(@DefaultValue("PT30M") Duration urlValidity,
        @DefaultValue("P14D") Duration resubmissionWait) {
}
