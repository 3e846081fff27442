package jp.shomei.university;

import jakarta.persistence.Entity;

/** A kind of program a university offers (bachelor's, master's, ...). */
@Entity
public class DegreeProgram extends CatalogEntry {

    private Long universityId;

    protected DegreeProgram() {
    }

    public DegreeProgram(Long universityId, String nameJa, String nameEn, int sortOrder) {
        super(nameJa, nameEn, sortOrder);
        this.universityId = universityId;
    }

    public Long getUniversityId() {
        return universityId;
    }
}
