package jp.shomei.university;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IdentityDocumentTypeRepository extends JpaRepository<IdentityDocumentType, Long> {

    List<IdentityDocumentType> findByEnabledTrueOrderByUniversityIdAscSortOrderAsc();
}
