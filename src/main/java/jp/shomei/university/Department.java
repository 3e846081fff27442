package jp.shomei.university;

import jakarta.persistence.Entity;

/** A faculty or graduate school of a university. */
@Entity
public class Department extends CatalogEntry {

    private Long universityId;

    protected Department() {
    }

    public Department(Long universityId, String nameJa, String nameEn, int sortOrder) {
        super(nameJa, nameEn, sortOrder);
        this.universityId = universityId;
    }

    public Long getUniversityId() {
        return universityId;
    }
}
