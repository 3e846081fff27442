package jp.shomei.studentid;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jp.shomei.document.DocumentSide;
import jp.shomei.document.IdentityDocumentImage;

/** An identity-document image of a student ID application, for the reviewer. */
@Entity
public class StudentIdDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long applicationId;

    @Enumerated(EnumType.STRING)
    private DocumentSide side;

    private String contentType;
    private int width;
    private int height;
    private byte[] content;

    protected StudentIdDocument() {
    }

    StudentIdDocument(Long applicationId, DocumentSide side, IdentityDocumentImage image) {
        this.applicationId = applicationId;
        this.side = side;
        this.contentType = image.contentType();
        this.width = image.width();
        this.height = image.height();
        this.content = image.content();
    }

    IdentityDocumentImage image() {
        return new IdentityDocumentImage(contentType, width, height, content);
    }
}
