package jp.shomei.university;

import jakarta.persistence.Entity;

/** A department (学科) or major (専攻) within a faculty. */
@Entity
public class Subject extends CatalogEntry {

    private Long departmentId;

    protected Subject() {
    }

    public Subject(Long departmentId, String nameJa, String nameEn, int sortOrder) {
        super(nameJa, nameEn, sortOrder);
        this.departmentId = departmentId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }
}
