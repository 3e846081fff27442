package jp.shomei.registration;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One one-time URL mail that went out at a visitor's request, counted under one of its limit keys. */
@Entity
public class UrlMailRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String limitKey;

    private Instant requestedAt;

    protected UrlMailRequest() {
    }

    UrlMailRequest(String limitKey, Instant requestedAt) {
        this.limitKey = limitKey;
        this.requestedAt = requestedAt;
    }
}
