package jp.shomei.order;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificateTypeRepository extends JpaRepository<CertificateType, Long> {

    List<CertificateType> findByUniversityIdOrderBySortOrderAsc(Long universityId);

    boolean existsByUniversityId(Long universityId);
}
