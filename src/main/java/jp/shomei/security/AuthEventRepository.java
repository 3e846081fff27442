package jp.shomei.security;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuthEventRepository extends JpaRepository<AuthEvent, Long> {

    List<AuthEvent> findByEmailOrderByIdAsc(String email);
}
