package jp.shomei.staff;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import jp.shomei.document.DocumentSide;

/** One opening of an identity-document image by a member of staff. */
@Entity
public class DocumentView {

    /** Which kind of application the image belongs to, with the prefix of its reference (R-12, S-3). */
    public enum ApplicationKind {
        REGISTRATION("R-"), STUDENT_ID("S-");

        private final String prefix;

        ApplicationKind(String prefix) {
            this.prefix = prefix;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String viewedBy;

    private Instant viewedAt;

    @Enumerated(EnumType.STRING)
    private ApplicationKind applicationKind;

    private Long applicationId;

    @Enumerated(EnumType.STRING)
    private DocumentSide side;

    protected DocumentView() {
    }

    DocumentView(String viewedBy, Instant viewedAt, ApplicationKind applicationKind, Long applicationId,
            DocumentSide side) {
        this.viewedBy = viewedBy;
        this.viewedAt = viewedAt;
        this.applicationKind = applicationKind;
        this.applicationId = applicationId;
        this.side = side;
    }

    public String reference() {
        return applicationKind.prefix + applicationId;
    }

    public String getViewedBy() {
        return viewedBy;
    }

    public Instant getViewedAt() {
        return viewedAt;
    }

    public ApplicationKind getApplicationKind() {
        return applicationKind;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public DocumentSide getSide() {
        return side;
    }
}
