package jp.shomei.analytics;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.shomei.staff.StaffMember;
import jp.shomei.university.University;

/**
 * Whose figures a reader sees: an analyst every university's, including applications not yet tied to one; a
 * university's manager only that university's; a chosen university narrows either to it.
 *
 * @param readable the universities the reader may see, in the catalogue's order
 * @param everything whether the reader also sees the rows of no university
 * @param chosen the code of the one university shown, or null for all readable ones
 */
record AnalyticsScope(List<University> readable, boolean everything, String chosen) {

    /** The reader's scope, or empty when they read no figures at all. */
    static Optional<AnalyticsScope> of(StaffMember reader, List<University> universities) {
        List<University> readable = universities.stream().filter(reader::readsFiguresOf).toList();
        if (readable.isEmpty() && !reader.isAnalyst()) {
            return Optional.empty();
        }
        return Optional.of(new AnalyticsScope(readable, reader.isAnalyst(), null));
    }

    /** Narrowed to one readable university (blank: all of them), or empty for a university not readable. */
    Optional<AnalyticsScope> choose(String university) {
        if (university == null || university.isBlank()) {
            return Optional.of(this);
        }
        return codes().contains(university)
                ? Optional.of(new AnalyticsScope(readable, false, university)) : Optional.empty();
    }

    /** Whether a row of the given university (null: not yet known) is shown. */
    boolean shows(String university) {
        if (chosen != null) {
            return chosen.equals(university);
        }
        return university == null ? everything : everything || codes().contains(university);
    }

    private Set<String> codes() {
        return readable.stream().map(University::getCode).collect(Collectors.toSet());
    }
}
