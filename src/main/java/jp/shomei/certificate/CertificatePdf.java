package jp.shomei.certificate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import jp.shomei.config.SiteProperties;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders one certificate as an A4 PDF in its own language, with the Noto Sans JP font shipped in the application
 * and embedded as a subset: the store's copier and any reader show it alike, whatever fonts they have.
 */
@Component
public class CertificatePdf {

    static final String FONT = "fonts/NotoSansJP_400Regular.ttf";

    private static final float MARGIN = 64;
    private static final float LABEL_WIDTH = 150;
    private static final float TEXT_SIZE = 11;
    private static final float LINE = 20;
    private static final DateTimeFormatter JA_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final DateTimeFormatter JA_MONTH = DateTimeFormatter.ofPattern("uuuu年M月");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter EN_MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private final MessageSource messages;
    private final SiteProperties site;
    private final byte[] font;
    /** The font's characters: a code point it has no glyph for maps to glyph 0. */
    private final CmapLookup glyphs;

    CertificatePdf(MessageSource messages, SiteProperties site) {
        this.messages = messages;
        this.site = site;
        try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
            this.font = in.readAllBytes();
            this.glyphs = new TTFParser().parse(new RandomAccessReadBuffer(font)).getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException("The certificate font " + FONT + " is missing or unreadable", e);
        }
    }

    /**
     * The content as it is printed: a control character (a line break or tab typed into a field) becomes a space,
     * invisible format characters (zero-width spaces, direction marks) go, and spaces are collapsed, which leaves
     * every visible character as it was. A character the font has no glyph for is refused with an
     * {@link UnprintableCharacterException} naming the field, since a blank or a substitute would alter the text.
     */
    public CertificateContent printable(CertificateContent content) {
        return new CertificateContent(
                printable("university's Japanese name", content.universityNameJa()),
                printable("university's English name", content.universityNameEn()),
                printable("certificate type's Japanese name", content.typeNameJa()),
                printable("certificate type's English name", content.typeNameEn()),
                content.language(),
                printable("name in kanji", content.nameKanji()),
                printable("name in katakana", content.nameKana()),
                printable("name in roman letters", content.nameRoman()),
                content.birthDate(),
                printable("student ID number", content.studentNumber()),
                printable("faculty", content.faculty()),
                printable("department", content.department()),
                printable("degree program", content.degreeProgram()),
                content.entered(), content.left(), content.leaving());
    }

    private String printable(String field, String text) {
        if (text == null) {
            return null;
        }
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                // A line break or tab separated words; any other control character shows nothing.
                if (Character.isWhitespace(c) || c == '\u0085') {
                    shown.append(' ');
                }
            } else if (type != Character.FORMAT) {
                shown.appendCodePoint(c);
            }
        });
        String normalised = SPACES.matcher(shown).replaceAll(" ").strip();
        normalised.codePoints().filter(c -> glyphs.getGlyphId(c) == 0).findFirst().ifPresent(c -> {
            throw new UnprintableCharacterException(field, c);
        });
        return normalised;
    }

    public byte[] render(CertificateSheet sheet) {
        CertificateContent content = printable(sheet.content());
        Locale locale = content.language().locale();
        try (PDDocument document = new PDDocument()) {
            PDType0Font type = PDType0Font.load(document, new ByteArrayInputStream(font), true);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            document.getDocumentInformation().setTitle(content.typeName());
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                Writer writer = new Writer(out, type, page.getMediaBox());
                writer.centred(content.typeName(), 24);
                writer.skip(2 * LINE);
                for (String[] row : rows(content, locale)) {
                    writer.row(row[0], row[1]);
                }
                writer.skip(LINE);
                writer.paragraph(text("certificate.pdf.certify", locale), TEXT_SIZE);
                writer.skip(LINE);
                writer.row(text("certificate.pdf.issuedOn", locale), date(sheet.issuedOn(), locale));
                writer.skip(LINE / 2);
                writer.paragraph(content.universityName(), 14);

                writer.moveTo(MARGIN + 3 * LINE);
                writer.row(text("certificate.pdf.code", locale), sheet.verificationCode());
                writer.paragraph(messages.getMessage("certificate.pdf.verifyAt",
                        new Object[] {site.url("/verify")}, locale), 9);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The certificate could not be rendered", e);
        }
    }

    private List<String[]> rows(CertificateContent content, Locale locale) {
        List<String[]> rows = new ArrayList<>();
        if (content.language() == CertificateLanguage.JA) {
            add(rows, "certificate.pdf.nameKanji", content.nameKanji(), locale);
            add(rows, "certificate.pdf.nameKana", content.nameKana(), locale);
            add(rows, "certificate.pdf.nameRoman", content.nameRoman(), locale);
        } else {
            add(rows, "certificate.pdf.nameRoman", content.nameRoman(), locale);
            add(rows, "certificate.pdf.nameKanji", content.nameKanji(), locale);
            add(rows, "certificate.pdf.nameKana", content.nameKana(), locale);
        }
        add(rows, "certificate.pdf.birthDate", date(content.birthDate(), locale), locale);
        add(rows, "certificate.pdf.studentNumber", content.studentNumber(), locale);
        add(rows, "certificate.pdf.faculty", content.faculty(), locale);
        add(rows, "certificate.pdf.department", content.department(), locale);
        add(rows, "certificate.pdf.degreeProgram", content.degreeProgram(), locale);
        add(rows, "certificate.pdf.entered", month(content.entered(), locale), locale);
        if (content.leaving() != null) {
            add(rows, "certificate.pdf.left." + content.leaving().name(), month(content.left(), locale), locale);
        }
        return rows;
    }

    private void add(List<String[]> rows, String label, String value, Locale locale) {
        if (value != null && !value.isBlank()) {
            rows.add(new String[] {text(label, locale), value});
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String date(LocalDate date, Locale locale) {
        return date.format(Locale.JAPANESE.equals(locale) ? JA_DATE : EN_DATE);
    }

    private static String month(YearMonth month, Locale locale) {
        return month == null ? null : month.format(Locale.JAPANESE.equals(locale) ? JA_MONTH : EN_MONTH);
    }

    /** Writes lines from the top of the page down, breaking text that is wider than the page. */
    private static final class Writer {

        private final PDPageContentStream out;
        private final PDType0Font font;
        private final PDRectangle box;
        private float y;

        Writer(PDPageContentStream out, PDType0Font font, PDRectangle box) {
            this.out = out;
            this.font = font;
            this.box = box;
            this.y = box.getHeight() - MARGIN - 24;
        }

        void centred(String text, float size) throws IOException {
            show(text, (box.getWidth() - width(text, size)) / 2, size);
            y -= size;
        }

        void row(String label, String value) throws IOException {
            show(label, MARGIN, TEXT_SIZE);
            List<String> lines = wrap(value, TEXT_SIZE, box.getWidth() - 2 * MARGIN - LABEL_WIDTH);
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    y -= LINE;
                }
                show(lines.get(i), MARGIN + LABEL_WIDTH, TEXT_SIZE);
            }
            y -= LINE;
        }

        void paragraph(String text, float size) throws IOException {
            for (String line : wrap(text, size, box.getWidth() - 2 * MARGIN)) {
                show(line, MARGIN, size);
                y -= size * 1.6f;
            }
        }

        void skip(float height) {
            y -= height;
        }

        void moveTo(float fromBottom) {
            y = fromBottom;
        }

        private void show(String text, float x, float size) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y);
            out.showText(text);
            out.endText();
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** Breaks at the last space that fits, else (Japanese has none) between any two characters. */
        private List<String> wrap(String text, float size, float maxWidth) throws IOException {
            List<String> lines = new ArrayList<>();
            String rest = text;
            while (width(rest, size) > maxWidth) {
                int end = 1;
                while (end < rest.length() && width(rest.substring(0, end + 1), size) <= maxWidth) {
                    end++;
                }
                int space = rest.lastIndexOf(' ', end);
                int cut = space > 0 ? space : end;
                lines.add(rest.substring(0, cut).stripTrailing());
                rest = rest.substring(cut).stripLeading();
            }
            lines.add(rest);
            return lines;
        }
    }
}
