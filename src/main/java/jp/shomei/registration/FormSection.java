package jp.shomei.registration;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sections of the applicant form. Asking for a resubmission, staff tick those to correct (review form
 * checkboxes {@code resubmit_<section>}), and the applicant's form marks them.
 */
enum FormSection {
    APPLICANT, SCHOOL, ADDRESS, PURPOSE, EMPLOYER, DOCUMENT;

    static final String CHECKBOX_PREFIX = "resubmit_";

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    String checkbox() {
        return CHECKBOX_PREFIX + key();
    }

    static String join(Set<FormSection> sections) {
        return sections.stream().map(FormSection::key).collect(Collectors.joining(","));
    }

    /** The section keys stored with a decision, for the template. */
    static Set<String> keys(String joined) {
        if (joined == null || joined.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(joined.split(",")).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
