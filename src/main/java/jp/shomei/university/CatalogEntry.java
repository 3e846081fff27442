package jp.shomei.university;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A choice on the applicant form that belongs to a parent (university or department), named in both languages. */
@MappedSuperclass
abstract class CatalogEntry implements LocalizedName {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String nameJa;

    private String nameEn;

    private int sortOrder;

    protected CatalogEntry() {
    }

    protected CatalogEntry(String nameJa, String nameEn, int sortOrder) {
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
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
