package jp.shomei.account;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StudentRecordRepository extends JpaRepository<StudentRecord, Long> {

    List<StudentRecord> findByAccountIdOrderByCreatedAtAsc(Long accountId);

    boolean existsByUniversityIdAndStudentNumberIgnoreCase(Long universityId, String studentNumber);

}
