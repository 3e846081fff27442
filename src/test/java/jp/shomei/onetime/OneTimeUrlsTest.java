package jp.shomei.onetime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.shomei.support.ShomeiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One-time URLs of one purpose and subject end only each other: no other purpose's, no other subject's. */
@ShomeiTest
class OneTimeUrlsTest {

    private static final Duration VALIDITY = Duration.ofMinutes(30);

    @Autowired
    OneTimeUrls urls;

    @Test
    void shouldEndOnlyTheEarlierUrlOfTheSamePurposeAndSubject() {
        long subject = System.nanoTime();
        String first = urls.issue("purpose-a", subject, VALIDITY);
        String otherPurpose = urls.issue("purpose-b", subject, VALIDITY);
        String otherSubject = urls.issue("purpose-a", subject + 1, VALIDITY);

        String second = urls.issue("purpose-a", subject, VALIDITY);

        assertThat(urls.check(first, "purpose-a").outcome()).isEqualTo(OneTimeUrlCheck.Outcome.CONSUMED);
        assertThat(urls.check(second, "purpose-a").valid()).isTrue();
        assertThat(urls.check(otherPurpose, "purpose-b").valid()).isTrue();
        assertThat(urls.check(otherSubject, "purpose-a").valid()).isTrue();
        assertThat(urls.check(otherPurpose, "purpose-a").outcome())
                .as("a URL is no use for another purpose").isEqualTo(OneTimeUrlCheck.Outcome.UNKNOWN);
        assertThat(urls.check(second, "purpose-a").token().getSubjectId()).isEqualTo(subject);
    }
}
