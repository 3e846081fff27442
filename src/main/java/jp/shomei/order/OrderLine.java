package jp.shomei.order;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.shomei.university.LocalizedName;

/** One certificate of an order: its names and fee as the catalogue had them when ordered, and the copies. */
@Entity
@Table(name = "certificate_order_line")
public class OrderLine implements LocalizedName {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int lineNo;
    private Long certificateTypeId;
    private String nameJa;
    private String nameEn;
    private String language;
    private int feeYen;
    private int copies;

    protected OrderLine() {
    }

    OrderLine(int lineNo, CertificateType type, int copies) {
        this.lineNo = lineNo;
        this.certificateTypeId = type.getId();
        this.nameJa = type.getNameJa();
        this.nameEn = type.getNameEn();
        this.language = type.getLanguage();
        this.feeYen = type.getFeeYen();
        this.copies = copies;
    }

    public int getSubtotalYen() {
        return feeYen * copies;
    }

    public int getLineNo() {
        return lineNo;
    }

    public Long getCertificateTypeId() {
        return certificateTypeId;
    }

    @Override
    public String getNameJa() {
        return nameJa;
    }

    @Override
    public String getNameEn() {
        return nameEn;
    }

    public String getLanguage() {
        return language;
    }

    public int getFeeYen() {
        return feeYen;
    }

    public int getCopies() {
        return copies;
    }
}
