package jp.shomei.staff;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How the staff side is shown: the time zone of every date and time in the Camunda webapps. */
@ConfigurationProperties("shomei.staff")
public record StaffProperties(@DefaultValue("Asia/Tokyo") ZoneId timeZone) {
}
