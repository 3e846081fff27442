package jp.shomei.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The manual's deadlines in Japan time, at the edges of the day. */
class OrderDeadlinesTest {

    @Test
    void shouldLetPrintingUntil2359OfTheSeventhDayAfterThePaymentAndNotFrom0000OfTheEighth() {
        Instant paidLate = ZonedDateTime.parse("2026-04-01T23:59:59+09:00").toInstant();
        assertThat(OrderDeadlines.printUntil(paidLate)).isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(OrderDeadlines.printingEnds(LocalDate.of(2026, 4, 8)))
                .isEqualTo(ZonedDateTime.parse("2026-04-09T00:00:00+09:00").toInstant());

        // 00:00 Japan time is already the next day (15:00 UTC the day before).
        Instant paidAtMidnight = ZonedDateTime.parse("2026-04-02T00:00:00+09:00").toInstant();
        assertThat(paidAtMidnight).isEqualTo(Instant.parse("2026-04-01T15:00:00Z"));
        assertThat(OrderDeadlines.printUntil(paidAtMidnight)).isEqualTo(LocalDate.of(2026, 4, 9));

        LocalDate lastDay = LocalDate.of(2026, 4, 8);
        assertThat(OrderDeadlines.printingOver(lastDay, ZonedDateTime.parse("2026-04-08T23:59:59.999+09:00")
                .toInstant())).isFalse();
        assertThat(OrderDeadlines.printingOver(lastDay, ZonedDateTime.parse("2026-04-09T00:00:00+09:00")
                .toInstant())).isTrue();
    }

    @Test
    void shouldDuePaymentSevenDaysAfterTheOrderAndRemindAt0900JstTheDayBefore() {
        Instant ordered = Instant.parse("2026-04-01T03:00:00Z");
        Instant due = OrderDeadlines.paymentDue(ordered);
        assertThat(due).isEqualTo(Instant.parse("2026-04-08T03:00:00Z"));
        assertThat(OrderDeadlines.reminderAt(due)).isEqualTo(ZonedDateTime.parse("2026-04-07T09:00+09:00").toInstant());
        // Ordered late at night: the reminder still goes out in the morning, not at night.
        Instant lateDue = OrderDeadlines.paymentDue(ZonedDateTime.parse("2026-04-01T23:30+09:00").toInstant());
        assertThat(OrderDeadlines.reminderAt(lateDue)).isEqualTo(ZonedDateTime.parse("2026-04-07T09:00+09:00")
                .toInstant());
    }

    @Test
    void shouldRemindOfPrintingAt0900JstTheDayBeforeTheLastPrintDay() {
        assertThat(OrderDeadlines.printReminderAt(LocalDate.of(2026, 4, 9)))
                .isEqualTo(ZonedDateTime.parse("2026-04-08T09:00+09:00").toInstant());
    }
}
