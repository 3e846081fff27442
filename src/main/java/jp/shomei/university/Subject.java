package jp.shomei.university;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Subject implements LocalizedName {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long departmentId;

    private String nameJa;

    private String nameEn;

    private int sortOrder;

    protected Subject() {
    }

    public Subject(Long departmentId, String nameJa, String nameEn, int sortOrder) {
        this.departmentId = departmentId;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public Long getDepartmentId() {
        return departmentId;
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
