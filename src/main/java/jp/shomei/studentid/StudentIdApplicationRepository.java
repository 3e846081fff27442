package jp.shomei.studentid;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StudentIdApplicationRepository extends JpaRepository<StudentIdApplication, Long> {

    List<StudentIdApplication> findByAccountIdOrderByCreatedAtAsc(Long accountId);

    List<StudentIdApplication> findByAccountIdAndStatus(Long accountId, StudentIdStatus status);

    Optional<StudentIdApplication> findFirstByAccountIdAndStatusOrderByCreatedAtDesc(Long accountId,
            StudentIdStatus status);

    boolean existsByUniversityIdAndStudentNumberIgnoreCaseAndStatusInAndIdNot(Long universityId, String studentNumber,
            Collection<StudentIdStatus> statuses, Long id);

    /** Applications in a final status whose last decision was made before the moment, images not yet deleted. */
    @Query("""
            select a from StudentIdApplication a where a.status in :statuses and a.documentsDeletedAt is null
            and (select max(d.decidedAt) from StudentIdDecision d where d.applicationId = a.id) < :decidedBefore""")
    List<StudentIdApplication> finallyDecidedBefore(Collection<StudentIdStatus> statuses, Instant decidedBefore);

    @Query("""
            select a from StudentIdApplication a where a.status in :statuses and a.anonymisedAt is null
            and a.closedAt < :closedBefore""")
    List<StudentIdApplication> closedBefore(Collection<StudentIdStatus> statuses, Instant closedBefore);
}
