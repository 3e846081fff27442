package jp.shomei.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.shomei.config.SiteProperties;
import jp.shomei.registration.LeavingType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A certificate's PDF states every field and its code in its own language, in the shipped font only. */
class CertificatePdfTest {

    private static final String CODE = "K7QF-2M9X-R4TB-8WHN";

    private final CertificatePdf pdf = new CertificatePdf(messages(), new SiteProperties("https://shomei.example.jp"));

    @Test
    void shouldStateEveryFieldOfAJapaneseCertificateInJapanese() throws IOException {
        String text = text(pdf.render(new CertificateSheet(content(CertificateLanguage.JA, "人文学部", "日本文学科", "学士課程"),
                LocalDate.of(2026, 11, 30), CODE)));

        assertThat(text).contains("卒業証明書", "東都大学", "山田 太郎", "ヤマダ タロウ", "Taro YAMADA",
                "2000年5月1日", "T18-0042", "人文学部", "日本文学科", "学士課程",
                "入学年月", "2018年4月", "卒業年月", "2022年3月", "発行日", "2026年11月30日",
                "確認コード", CODE, "https://shomei.example.jp/verify", "上記のとおり相違ないことを証明する。");
        assertThat(text).doesNotContain("Toto University", "Certificate of Graduation");
    }

    @Test
    void shouldStateEveryFieldOfAnEnglishCertificateInEnglish() throws IOException {
        String text = text(pdf.render(new CertificateSheet(
                content(CertificateLanguage.EN, "Faculty of Humanities", "Department of Japanese Literature",
                        "Bachelor's program"), LocalDate.of(2026, 11, 30), CODE)));

        assertThat(text).contains("Certificate of Graduation", "Toto University", "Taro YAMADA", "山田 太郎",
                "ヤマダ タロウ", "Date of birth", "May 1, 2000", "T18-0042", "Faculty of Humanities",
                "Department of Japanese Literature", "Bachelor's program", "Date of entry", "April 2018",
                "Date of graduation", "March 2022", "Date of issue", "November 30, 2026", "Verification code", CODE,
                "https://shomei.example.jp/verify", "This is to certify that the above is true and correct.");
        assertThat(text).doesNotContain("東都大学", "卒業証明書", "年");
    }

    @Test
    void shouldNameHowAStudentLeftAndLeaveItOutForOneStillEnrolled() throws IOException {
        CertificateContent graduate = content(CertificateLanguage.JA, "人文学部", "日本文学科", "学士課程");
        CertificateContent withdrew = new CertificateContent(graduate.universityNameJa(), graduate.universityNameEn(),
                "在籍期間証明書", "Certificate of Enrollment Period", CertificateLanguage.JA, graduate.nameKanji(),
                graduate.nameKana(), graduate.nameRoman(), graduate.birthDate(), graduate.studentNumber(),
                graduate.faculty(), graduate.department(), graduate.degreeProgram(), graduate.entered(),
                YearMonth.of(2020, 9), LeavingType.WITHDRAWN);
        CertificateContent enrolled = new CertificateContent(graduate.universityNameJa(), graduate.universityNameEn(),
                "在学証明書", "Certificate of Enrollment", CertificateLanguage.JA, graduate.nameKanji(),
                graduate.nameKana(), graduate.nameRoman(), graduate.birthDate(), graduate.studentNumber(),
                graduate.faculty(), graduate.department(), graduate.degreeProgram(), graduate.entered(), null, null);

        assertThat(text(pdf.render(new CertificateSheet(withdrew, LocalDate.of(2026, 11, 30), CODE))))
                .contains("退学年月", "2020年9月").doesNotContain("卒業年月");
        assertThat(text(pdf.render(new CertificateSheet(enrolled, LocalDate.of(2026, 11, 30), CODE))))
                .contains("在学証明書", "入学年月").doesNotContain("卒業年月", "退学年月");
    }

    @Test
    void shouldEmbedTheShippedFontAsASubsetAndNoOther() throws IOException {
        for (CertificateLanguage language : CertificateLanguage.values()) {
            byte[] rendered = pdf.render(new CertificateSheet(content(language, "人文学部", "日本文学科", "学士課程"),
                    LocalDate.of(2026, 11, 30), CODE));
            try (PDDocument document = Loader.loadPDF(rendered)) {
                List<PDFont> fonts = new ArrayList<>();
                for (PDPage page : document.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        fonts.add(page.getResources().getFont(name));
                    }
                }
                assertThat(fonts).as(language + ": one font").hasSize(1);
                PDFont font = fonts.get(0);
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansJP-Regular");
                PDCIDFont glyphs = ((PDType0Font) font).getDescendantFont();
                assertThat(glyphs.getFontDescriptor().getFontFile2()).as("TrueType program embedded").isNotNull();
                assertThat(glyphs.getFontDescriptor().getFontFile2().toByteArray().length)
                        .as("a subset, not the whole 5 MB font").isLessThan(500_000);
            }
            assertThat(rendered.length).as(language + ": PDF size").isLessThan(500_000);
        }
    }

    @Test
    void shouldRefuseANameTheFontCannotShowNamingTheFieldAndTheCharacterButNotTheName() {
        CertificateContent valid = content(CertificateLanguage.JA, "人文学部", "日本文学科", "学士課程");
        // A rare kanji (U+2B820, beyond the font), an emoji, and a variation selector choosing a glyph variant.
        for (String[] name : new String[][] {{"\uD86E\uDC20田 太郎", "Taro YAMADA", "name in kanji", "U+2B820"},
                {"山田 太郎", "Taro YAMADA \uD83D\uDE00", "name in roman letters", "U+1F600"},
                {"辻\uDB40\uDD00 太郎", "Taro TSUJI", "name in kanji", "U+E0100"}}) {
            CertificateContent content = names(valid, name[0], valid.nameKana(), name[1]);

            assertThatThrownBy(() -> pdf.render(new CertificateSheet(content, LocalDate.of(2026, 11, 30), CODE)))
                    .as(name[3])
                    .isInstanceOf(UnprintableCharacterException.class)
                    .hasMessageContaining("the " + name[2] + " has the character " + name[3])
                    .hasMessageNotContaining("太郎").hasMessageNotContaining("Taro")
                    .satisfies(e -> assertThat(((UnprintableCharacterException) e).field()).isEqualTo(name[2]));
        }
    }

    @Test
    void shouldLeaveOutControlAndInvisibleCharactersAndKeepEveryVisibleOne() throws IOException {
        CertificateContent typed = names(content(CertificateLanguage.JA, "人文\u200B学部\n", "日本文学科", "学士課程"),
                "\u202E山田\t太郎\u0000", "ヤマダ\u3000タロウ", "Taro\r\n YAMADA");

        CertificateContent printable = pdf.printable(typed);

        assertThat(printable.nameKanji()).isEqualTo("山田 太郎");
        assertThat(printable.nameKana()).isEqualTo("ヤマダ\u3000タロウ");
        assertThat(printable.nameRoman()).isEqualTo("Taro YAMADA");
        assertThat(printable.faculty()).isEqualTo("人文学部");
        assertThat(text(pdf.render(new CertificateSheet(typed, LocalDate.of(2026, 11, 30), CODE))))
                .contains("山田 太郎", "Taro YAMADA", "人文学部");
        // Kanji variants that the font has are printed as they are, not replaced by their common form.
        assertThat(pdf.printable(names(typed, "髙\uFA11 神\uFA19", "タカサキ", "Takasaki")).nameKanji())
                .isEqualTo("髙\uFA11 神\uFA19");
    }

    private static CertificateContent names(CertificateContent content, String kanji, String kana, String roman) {
        return new CertificateContent(content.universityNameJa(), content.universityNameEn(), content.typeNameJa(),
                content.typeNameEn(), content.language(), kanji, kana, roman, content.birthDate(),
                content.studentNumber(), content.faculty(), content.department(), content.degreeProgram(),
                content.entered(), content.left(), content.leaving());
    }

    private static CertificateContent content(CertificateLanguage language, String faculty, String department,
            String program) {
        return new CertificateContent("東都大学", "Toto University", "卒業証明書", "Certificate of Graduation", language,
                "山田 太郎", "ヤマダ タロウ", "Taro YAMADA", LocalDate.of(2000, 5, 1), "T18-0042", faculty, department,
                program, YearMonth.of(2018, 4), YearMonth.of(2022, 3), LeavingType.GRADUATED);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
