package jp.shomei.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jp.shomei.support.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the benchmarks share: the mode they run in, percentiles, and the table each prints and writes to
 * {@code target/benchmarks/<name>.txt} ({@code <name>-postgres.txt} on PostgreSQL). The normal test run uses the
 * short mode, a few seconds per benchmark, so they keep working; {@code -Dshomei.benchmark=full} gives figures worth
 * reading. {@code -Dshomei.benchmark.jfr=default} (or {@code profile}) also records a flight recording to {@code
 * target/benchmarks/<name>.jfr}.
 */
final class Benchmarks {

    static final Path OUTPUT = Path.of("target", "benchmarks");

    private Benchmarks() {
    }

    static boolean full() {
        return "full".equals(System.getProperty("shomei.benchmark"));
    }

    static String mode() {
        return full() ? "full" : "short";
    }

    /**
     * Deletes the analytics facts of the given process instances: the engine's deletion of their history does not
     * reach Shomei's own tables.
     */
    static void deleteAnalyticsFacts(JdbcTemplate jdbc, List<String> instanceIds) {
        List<Object[]> ids = instanceIds.stream().map(id -> new Object[] {id}).toList();
        for (String table : List.of("analytics_process", "analytics_activity", "analytics_task",
                "analytics_failure")) {
            jdbc.batchUpdate("delete from " + table + " where instance_key = ?", ids);
        }
    }

    /** The database the application runs on, named in each table and in its file name. */
    static String database() {
        return TestDatabase.postgres() ? "PostgreSQL" : "H2";
    }

    /** The output file's name: the benchmark's, with {@code -postgres} on PostgreSQL so both runs' figures stay. */
    static String outputName(String name) {
        return TestDatabase.postgres() ? name + "-postgres" : name;
    }

    /** The short mode's value, or the full mode's. */
    static <T> T pick(T shortValue, T fullValue) {
        return full() ? fullValue : shortValue;
    }

    /** Nearest-rank percentile ({@code p} in 0..100) of the values, in their unit. */
    static double percentile(long[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    static double millis(double nanos) {
        return nanos / 1e6;
    }

    /** A flight recording of the benchmark when asked for, else null; stop it to write the file. */
    static Recording recording(String name) {
        String settings = System.getProperty("shomei.benchmark.jfr");
        if (settings == null || settings.isBlank()) {
            return null;
        }
        try {
            Files.createDirectories(OUTPUT);
            Recording recording = new Recording(Configuration.getConfiguration(settings));
            recording.setDestination(OUTPUT.resolve(outputName(name) + ".jfr"));
            recording.start();
            return recording;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalArgumentException("JFR settings " + settings, e);
        }
    }

    /** Figures in columns, with notes below; printed to stdout and written to target/benchmarks. */
    static final class Table {

        private final String name;
        private final String title;
        private final List<String[]> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        Table(String name, String title, String... headers) {
            this.name = name;
            this.title = title;
            rows.add(headers);
        }

        /** A row of cells: numbers are rounded to one decimal place (ratios to two with {@link #ratio}). */
        void row(Object... cells) {
            rows.add(Arrays.stream(cells).map(Table::format).toArray(String[]::new));
        }

        void note(String format, Object... args) {
            notes.add(String.format(Locale.ROOT, format, args));
        }

        static String ratio(double value) {
            return String.format(Locale.ROOT, "%.2f", value);
        }

        String render() {
            int columns = rows.get(0).length;
            int[] widths = new int[columns];
            rows.forEach(r -> {
                for (int i = 0; i < columns; i++) {
                    widths[i] = Math.max(widths[i], r[i].length());
                }
            });
            StringBuilder text = new StringBuilder(title).append(" (").append(mode()).append(" mode, ")
                    .append(database()).append(")\n");
            for (int r = 0; r < rows.size(); r++) {
                for (int i = 0; i < columns; i++) {
                    text.append(i == 0 ? "" : "  ").append(" ".repeat(widths[i] - rows.get(r)[i].length()))
                            .append(rows.get(r)[i]);
                }
                text.append('\n');
            }
            notes.forEach(n -> text.append(n).append('\n'));
            return text.toString();
        }

        /** Prints the table and writes it to {@code target/benchmarks/<name>.txt}; returns that file. */
        Path publish() {
            String text = render();
            System.out.print(text);
            try {
                Files.createDirectories(OUTPUT);
                return Files.writeString(OUTPUT.resolve(outputName(name) + ".txt"), text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        int size() {
            return rows.size() - 1;
        }

        private static String format(Object cell) {
            if (cell instanceof Double || cell instanceof Float) {
                return String.format(Locale.ROOT, "%.1f", ((Number) cell).doubleValue());
            }
            return String.valueOf(cell);
        }
    }
}
