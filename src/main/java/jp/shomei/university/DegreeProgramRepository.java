package jp.shomei.university;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DegreeProgramRepository extends JpaRepository<DegreeProgram, Long> {

    List<DegreeProgram> findAllByOrderByUniversityIdAscSortOrderAsc();
}
