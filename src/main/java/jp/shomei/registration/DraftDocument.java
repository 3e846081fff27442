package jp.shomei.registration;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.shomei.document.DocumentSide;
import jp.shomei.document.IdentityDocumentImage;

/** An identity-document image uploaded into a draft that is not submitted yet. */
@Entity
@Table(name = "registration_draft_document")
public class DraftDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long registrationId;

    @Enumerated(EnumType.STRING)
    private DocumentSide side;

    private String contentType;

    private int width;

    private int height;

    private byte[] content;

    private Instant storedAt;

    protected DraftDocument() {
    }

    DraftDocument(Long registrationId, DocumentSide side, IdentityDocumentImage image, Instant storedAt) {
        this.registrationId = registrationId;
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
