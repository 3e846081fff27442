package jp.shomei.staff;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentViewRepository extends JpaRepository<DocumentView, Long> {

    List<DocumentView> findTop200ByOrderByViewedAtDescIdDesc();
}
