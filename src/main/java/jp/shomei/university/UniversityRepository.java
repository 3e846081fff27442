package jp.shomei.university;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UniversityRepository extends JpaRepository<University, Long> {

    Optional<University> findByCode(String code);

}
