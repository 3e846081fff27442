package jp.shomei.university;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class University implements LocalizedName {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String nameJa;

    private String nameEn;

    /** Camunda group whose members review this university's applications. */
    private String staffGroup;

    protected University() {
    }

    public University(String code, String nameJa, String nameEn, String staffGroup) {
        this.code = code;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.staffGroup = staffGroup;
    }

    public Long getId() {
        return id;
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

    public String getStaffGroup() {
        return staffGroup;
    }

    /** Camunda group whose members read this university's process figures, and no other university's. */
    public String getManagerGroup() {
        return "managers-" + code;
    }
}
