package jp.shomei.studentid;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StudentIdDecisionRepository extends JpaRepository<StudentIdDecision, Long> {

    List<StudentIdDecision> findByApplicationIdOrderByDecidedAtAsc(Long applicationId);

    Optional<StudentIdDecision> findFirstByApplicationIdOrderByDecidedAtDescIdDesc(Long applicationId);
}
