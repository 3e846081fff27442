package jp.shomei.university;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A kind of identity document a university accepts; data, so a university can add or switch one off. */
@Entity
public class IdentityDocumentType implements LocalizedName {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long universityId;

    private String code;

    private String nameJa;

    private String nameEn;

    /** False where the back carries data the service must never collect (My Number card). */
    private boolean backSideAllowed;

    private boolean enabled;

    private int sortOrder;

    protected IdentityDocumentType() {
    }

    public IdentityDocumentType(Long universityId, String code, String nameJa, String nameEn,
            boolean backSideAllowed, boolean enabled, int sortOrder) {
        this.universityId = universityId;
        this.code = code;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.backSideAllowed = backSideAllowed;
        this.enabled = enabled;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public Long getUniversityId() {
        return universityId;
    }

    public String getCode() {
        return code;
    }

    @Override
    public String getNameJa() {
        return nameJa;
    }

    @Override
    public String getNameEn() {
        return nameEn;
    }

    public boolean isBackSideAllowed() {
        return backSideAllowed;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
