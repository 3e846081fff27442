package jp.shomei.analytics;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The months whose figures are shown, both included. Typed months may use full-width digits or a slash, and a
 * one-digit month, since not every browser offers a month picker.
 *
 * @param error the message key of what was wrong with the typed months, or null
 */
record MonthRange(YearMonth from, YearMonth to, String error) {

    /** The longest range shown at once. */
    static final int MAX_MONTHS = 36;

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("uuuu-M");

    /** The typed months, or the twelve months up to the current one (with the reason) when they make no range. */
    static MonthRange of(String from, String to, YearMonth now) {
        MonthRange standard = new MonthRange(now.minusMonths(11), now, null);
        if (blank(from) && blank(to)) {
            return standard;
        }
        Optional<YearMonth> start = blank(from) ? Optional.of(standard.from()) : parse(from);
        Optional<YearMonth> end = blank(to) ? Optional.of(now) : parse(to);
        if (start.isEmpty() || end.isEmpty()) {
            return standard.because("analytics.range.invalid");
        }
        if (start.get().isAfter(end.get())) {
            return standard.because("analytics.range.order");
        }
        if (start.get().plusMonths(MAX_MONTHS).isBefore(end.get().plusMonths(1))) {
            return standard.because("analytics.range.tooLong");
        }
        return new MonthRange(start.get(), end.get(), null);
    }

    private MonthRange because(String error) {
        return new MonthRange(from, to, error);
    }

    private static Optional<YearMonth> parse(String typed) {
        String month = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().replace('/', '-');
        try {
            return Optional.of(YearMonth.parse(month, TYPED));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String typed) {
        return typed == null || typed.isBlank();
    }
}
