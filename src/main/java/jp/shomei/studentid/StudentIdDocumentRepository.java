package jp.shomei.studentid;

import java.util.Optional;
import jp.shomei.document.DocumentSide;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StudentIdDocumentRepository extends JpaRepository<StudentIdDocument, Long> {

    Optional<StudentIdDocument> findByApplicationIdAndSide(Long applicationId, DocumentSide side);

    boolean existsByApplicationIdAndSide(Long applicationId, DocumentSide side);

    @Modifying
    @Query("delete from StudentIdDocument d where d.applicationId = :applicationId")
    int deleteAllOf(Long applicationId);
}
