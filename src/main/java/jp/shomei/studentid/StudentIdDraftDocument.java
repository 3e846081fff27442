package jp.shomei.studentid;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import jp.shomei.document.DocumentSide;
import jp.shomei.document.IdentityDocumentImage;

/** An identity-document image checked at "Check" and not yet part of an application. */
@Entity
public class StudentIdDraftDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long accountId;

    @Enumerated(EnumType.STRING)
    private DocumentSide side;

    private String contentType;
    private int width;
    private int height;
    private byte[] content;
    private Instant storedAt;

    protected StudentIdDraftDocument() {
    }

    StudentIdDraftDocument(Long accountId, DocumentSide side, IdentityDocumentImage image, Instant storedAt) {
        this.accountId = accountId;
        this.side = side;
        this.contentType = image.contentType();
        this.width = image.width();
        this.height = image.height();
        this.content = image.content();
        this.storedAt = storedAt;
    }

    IdentityDocumentImage image() {
        return new IdentityDocumentImage(contentType, width, height, content);
    }
}
