package jp.shomei.studentid;

import java.util.Optional;
import jp.shomei.document.DocumentSide;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StudentIdDraftDocumentRepository extends JpaRepository<StudentIdDraftDocument, Long> {

    Optional<StudentIdDraftDocument> findByAccountIdAndSide(Long accountId, DocumentSide side);

    long countByAccountId(Long accountId);

    @Modifying
    @Query("delete from StudentIdDraftDocument d where d.accountId = :accountId and d.side = :side")
    int deleteSide(Long accountId, DocumentSide side);

    @Modifying
    @Query("delete from StudentIdDraftDocument d where d.accountId = :accountId")
    int deleteAllOf(Long accountId);
}
