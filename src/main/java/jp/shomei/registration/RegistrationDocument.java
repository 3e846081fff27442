package jp.shomei.registration;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jp.shomei.document.DocumentSide;
import jp.shomei.document.IdentityDocumentImage;

@Entity
public class RegistrationDocument {

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

    protected RegistrationDocument() {
    }

    RegistrationDocument(Long registrationId, DocumentSide side, IdentityDocumentImage image) {
        this.registrationId = registrationId;
        this.side = side;
        replaceWith(image);
    }

    void replaceWith(IdentityDocumentImage image) {
        this.contentType = image.contentType();
        this.width = image.width();
        this.height = image.height();
        this.content = image.content();
    }

    public IdentityDocumentImage image() {
        return new IdentityDocumentImage(contentType, width, height, content);
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public DocumentSide getSide() {
        return side;
    }
}
