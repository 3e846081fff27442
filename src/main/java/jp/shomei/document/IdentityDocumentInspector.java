package jp.shomei.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks an uploaded identity-document image by its content, never by its name: it must decode as jpeg, gif or
 * png, within the size and dimension limits. Dimensions are read from the header before decoding, so a small
 * file that claims a huge picture is refused without being expanded.
 */
@Component
public class IdentityDocumentInspector {

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "jpeg", "image/jpeg", "gif", "image/gif", "png", "image/png");

    private final DocumentProperties limits;

    IdentityDocumentInspector(DocumentProperties limits) {
        this.limits = limits;
    }

    public IdentityDocumentImage inspect(MultipartFile file) {
        if (file.getSize() > limits.maxBytes()) {
            throw new DocumentRejectedException("document.tooLarge", limits.maxBytes() / (1024 * 1024));
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new DocumentRejectedException("document.unreadable");
        }
        return inspect(content);
    }

    IdentityDocumentImage inspect(byte[] content) {
        if (content.length == 0) {
            throw new DocumentRejectedException("document.unreadable");
        }
        if (content.length > limits.maxBytes()) {
            throw new DocumentRejectedException("document.tooLarge", limits.maxBytes() / (1024 * 1024));
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new DocumentRejectedException("document.notAnImage");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                String contentType = CONTENT_TYPES.get("jpg".equals(format) ? "jpeg" : format);
                if (contentType == null) {
                    throw new DocumentRejectedException("document.wrongType");
                }
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                checkDimensions(width, height);
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw new DocumentRejectedException("document.notAnImage");
                }
                return new IdentityDocumentImage(contentType, width, height, content);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentRejectedException rejected) {
                throw rejected;
            }
            throw new DocumentRejectedException("document.notAnImage");
        }
    }

    private void checkDimensions(int width, int height) {
        if (width < limits.minSide() || height < limits.minSide()) {
            throw new DocumentRejectedException("document.tooSmall", limits.minSide());
        }
        if (width > limits.maxSide() || height > limits.maxSide() || (long) width * height > limits.maxPixels()) {
            throw new DocumentRejectedException("document.tooBig", limits.maxSide());
        }
    }
}
