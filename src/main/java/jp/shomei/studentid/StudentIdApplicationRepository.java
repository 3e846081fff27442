package jp.shomei.studentid;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StudentIdApplicationRepository extends JpaRepository<StudentIdApplication, Long> {

    List<StudentIdApplication> findByAccountIdOrderByCreatedAtAsc(Long accountId);

    List<StudentIdApplication> findByAccountIdAndStatus(Long accountId, StudentIdStatus status);

    Optional<StudentIdApplication> findFirstByAccountIdAndStatusOrderByCreatedAtDesc(Long accountId,
            StudentIdStatus status);

    boolean existsByUniversityIdAndStudentNumberIgnoreCaseAndStatusInAndIdNot(Long universityId, String studentNumber,
            Collection<StudentIdStatus> statuses, Long id);
}
