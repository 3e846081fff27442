package jp.shomei.registration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many one-time URL mails visitors may have sent: per mail address within a URL's validity, and per client
 * address per {@code client-window}, each purpose (registration, password reset) counted apart. Requests are
 * counted in the database, so the limits hold across restarts and nodes. Keys are stored as hashes: counting needs
 * to recognise an address, not to know it.
 */
@Service
@Transactional
public class UrlMailLimits {

    private final UrlMailRequestRepository requests;
    private final RegistrationProperties properties;
    private final Clock clock;

    UrlMailLimits(UrlMailRequestRepository requests, RegistrationProperties properties, Clock clock) {
        this.requests = requests;
        this.properties = properties;
        this.clock = clock;
    }

    /** Counts a registration mail to the address at the client's request and returns true, unless either is at its limit. */
    boolean allow(String email, String clientAddress) {
        return allow(RegistrationProcess.URL_PURPOSE, email, clientAddress);
    }

    /** Counts a request of the purpose for the address from the client and returns true, unless either is at its limit. */
    public boolean allow(String purpose, String email, String clientAddress) {
        Instant now = forgetOld();
        String address = addressKey(purpose, email);
        String client = key(purpose + ":client:" + clientAddress);
        if (atAddressLimit(address, now)
                || requests.countByLimitKeyAndRequestedAtAfter(client, now.minus(properties.clientWindow()))
                        >= properties.mailsPerClient()) {
            return false;
        }
        requests.save(new UrlMailRequest(address, now));
        requests.save(new UrlMailRequest(client, now));
        return true;
    }

    /**
     * Counts a request of the purpose for a signed-in account's own address and returns true, unless it is at its
     * limit; the client does not count, as the account is known.
     */
    public boolean allowForAccount(String purpose, String email) {
        Instant now = forgetOld();
        String address = addressKey(purpose, email);
        if (atAddressLimit(address, now)) {
            return false;
        }
        requests.save(new UrlMailRequest(address, now));
        return true;
    }

    private Instant forgetOld() {
        Instant now = clock.instant();
        requests.deleteOlderThan(now.minus(properties.urlValidity().compareTo(properties.clientWindow()) > 0
                ? properties.urlValidity() : properties.clientWindow()));
        return now;
    }

    private boolean atAddressLimit(String address, Instant now) {
        return requests.countByLimitKeyAndRequestedAtAfter(address, now.minus(properties.urlValidity()))
                >= properties.mailsPerAddress();
    }

    private static String addressKey(String purpose, String email) {
        return key(purpose + ":address:" + email.trim().toLowerCase(Locale.ROOT));
    }

    private static String key(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
