package jp.shomei.review;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param afterWorkingDays how many working days a review may wait before the staff are reminded
 * @param holidays days off besides weekends (national holidays, the university's closures)
 */
@ConfigurationProperties("shomei.review.reminder")
public record ReviewReminderProperties(@DefaultValue("3") int afterWorkingDays, @DefaultValue Set<LocalDate> holidays) {
}
