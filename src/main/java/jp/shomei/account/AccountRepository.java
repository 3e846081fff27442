package jp.shomei.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmailIgnoreCase(String email);

    /** Graduates' accounts still on their initial password, newest first. */
    List<Account> findByPasswordsSetAtIsNullAndEcsIdIsNullOrderByCreatedAtDesc();

    Optional<Account> findByUniversityIdAndEcsId(Long universityId, String ecsId);

    @Query("select a.sessionsValidFrom from Account a where a.id = :id")
    Optional<Instant> findSessionsValidFrom(Long id);

    @Query("""
            select a from Account a where a.nameKana = :nameKana and a.birthDate = :birthDate
            and exists (select r from StudentRecord r where r.accountId = a.id and r.studentNumber = :studentNumber)
            """)
    List<Account> findMatching(String nameKana, LocalDate birthDate, String studentNumber);

    @Query("""
            select a from Account a where a.ecsId is not null and a.universityId = :universityId
            and exists (select r from StudentRecord r where r.accountId = a.id
                and upper(r.studentNumber) = upper(:studentNumber))
            """)
    Optional<Account> findStudent(Long universityId, String studentNumber);
}
