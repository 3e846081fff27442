package jp.shomei.order;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The manual's deadlines (1.1 ⑤ ⑥): payment within 7 days of the order; printing until 23:59 Japan time of the
 * 7th day after the payment, nothing printable (and no refund) from 00:00 of the 8th.
 */
public final class OrderDeadlines {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    public static final Duration PAYMENT_WINDOW = Duration.ofDays(7);
    private static final int PRINT_DAYS = 7;
    /** Reminders go out at this time of the day before a deadline's day: a day left, and no mail at night. */
    private static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

    private OrderDeadlines() {
    }

    public static Instant paymentDue(Instant orderedAt) {
        return orderedAt.plus(PAYMENT_WINDOW);
    }

    /** 09:00 Japan time of the day before the payment deadline's day. */
    public static Instant reminderAt(Instant paymentDue) {
        return dayBefore(paymentDue.atZone(JAPAN).toLocalDate());
    }

    /** The last day (Japan time) on which certificates paid at that moment can be printed, until 23:59. */
    public static LocalDate printUntil(Instant paidAt) {
        return paidAt.atZone(JAPAN).toLocalDate().plusDays(PRINT_DAYS);
    }

    /** 09:00 Japan time of the day before the last print day. */
    public static Instant printReminderAt(LocalDate printUntil) {
        return dayBefore(printUntil);
    }

    /** 00:00 Japan time of the day after {@link #printUntil}: from then on nothing is printable. */
    public static Instant printingEnds(LocalDate printUntil) {
        return printUntil.plusDays(1).atStartOfDay(JAPAN).toInstant();
    }

    /** Whether, at that moment, nothing of an order with this last print day is printable any more. */
    public static boolean printingOver(LocalDate printUntil, Instant now) {
        return !now.isBefore(printingEnds(printUntil));
    }

    private static Instant dayBefore(LocalDate deadlineDay) {
        return deadlineDay.minusDays(1).atTime(REMINDER_TIME).atZone(JAPAN).toInstant();
    }
}
