package jp.shomei.order;

import java.util.List;
import jp.shomei.account.StudentRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a student ID may order from its university's catalogue, for a destination. */
@Service
@Transactional(readOnly = true)
public class CertificateCatalogue {

    private final CertificateTypeRepository types;

    CertificateCatalogue(CertificateTypeRepository types) {
        this.types = types;
    }

    /** An administrator's change of a type: new orders see it at once; placed orders keep their copies. */
    @Transactional
    public void change(Long typeId, CertificateTypeForm form) {
        types.findById(typeId).orElseThrow().change(form);
    }

    public List<CertificateType> orderable(StudentRecord record, Destination destination) {
        StudentStatus status = StudentStatus.of(record);
        Integer entryYear = record.getMatriculation() == null ? null : record.getMatriculation().getYear();
        return types.findByUniversityIdOrderBySortOrderAsc(record.getUniversityId()).stream()
                .filter(t -> t.orderableFor(status, entryYear) && t.allows(destination))
                .toList();
    }
}
