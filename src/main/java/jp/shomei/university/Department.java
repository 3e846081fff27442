package jp.shomei.university;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Department implements LocalizedName {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long universityId;

    private String nameJa;

    private String nameEn;

    private int sortOrder;

    protected Department() {
    }

    public Department(Long universityId, String nameJa, String nameEn, int sortOrder) {
        this.universityId = universityId;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public Long getUniversityId() {
        return universityId;
    }

    @Override
    public String getNameJa() {
        return nameJa;
    }

    @Override
    public String getNameEn() {
        return nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
