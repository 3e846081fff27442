package jp.shomei.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Codes carry 80 random bits in characters nobody confuses, and are recognised however they are typed. */
class VerificationCodeTest {

    @Test
    void shouldMakeSixteenCrockfordCharactersInGroupsOfFour() {
        SecureRandom random = new SecureRandom();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = VerificationCode.generate(random);
            assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
            codes.add(code);
        }
        assertThat(codes).hasSize(1000);
    }

    @Test
    void shouldReadACodeWhateverCaseSpacesHyphensOrWidth() {
        String printed = VerificationCode.canonical("K7QF-2M9X-R4TB-8WH1");
        assertThat(printed).isEqualTo("K7QF2M9XR4TB8WH1");
        assertThat(VerificationCode.canonical("k7qf2m9xr4tb8wh1")).isEqualTo(printed);
        assertThat(VerificationCode.canonical(" k7qf 2m9x r4tb 8whl ")).isEqualTo(printed);
        assertThat(VerificationCode.canonical("Ｋ７ＱＦ－２Ｍ９Ｘ－Ｒ４ＴＢ－８ＷＨＩ")).isEqualTo(printed);
        assertThat(VerificationCode.canonical("KO00-0000-0000-0000")).isEqualTo("K000000000000000");
    }

    @Test
    void shouldStoreOnlyAHashOfTheCanonicalCode() {
        String hash = VerificationCode.hash(VerificationCode.canonical("k7qf 2m9x r4tb 8wh1"));
        assertThat(hash).hasSize(64).isEqualTo(VerificationCode.hash("K7QF2M9XR4TB8WH1")).doesNotContain("K7QF");
    }
}
