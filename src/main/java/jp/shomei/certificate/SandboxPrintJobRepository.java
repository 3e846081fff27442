package jp.shomei.certificate;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SandboxPrintJobRepository extends JpaRepository<SandboxPrintJob, Long> {

    boolean existsByNetworkAndReservationNumber(StoreNetwork network, String reservationNumber);

    List<SandboxPrintJob> findAllByOrderByRegisteredAtDescIdDesc();

    /** Marks the job printed unless it already is; 1 if this call did, 0 otherwise (a second press, a race). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update SandboxPrintJob j set j.printedAt = :at where j.id = :id and j.printedAt is null")
    int markPrinted(Long id, Instant at);
}
