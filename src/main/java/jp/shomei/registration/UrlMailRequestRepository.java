package jp.shomei.registration;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UrlMailRequestRepository extends JpaRepository<UrlMailRequest, Long> {

    long countByLimitKeyAndRequestedAtAfter(String limitKey, Instant after);

    @Modifying
    @Query("delete from UrlMailRequest r where r.requestedAt <= :before")
    int deleteOlderThan(Instant before);
}
