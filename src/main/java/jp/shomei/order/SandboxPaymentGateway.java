package jp.shomei.order;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jp.shomei.config.SiteProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The default run's payment provider, inside the application: a PayPal-like approval page and Smart Pit slips with
 * a payment number paid on a development page. Its notifications are signed with HMAC-SHA256 as a real provider's
 * would be, and go through the same check as one received over HTTP.
 */
@Component
@ConditionalOnProperty(name = "shomei.payment.sandbox.enabled", havingValue = "true")
public class SandboxPaymentGateway implements PaymentGateway {

    public static final String PROVIDER = "sandbox";
    public static final String NOTIFICATION_ID = "notification_id";
    public static final String REFERENCE = "reference";
    public static final String AMOUNT = "amount";
    public static final String SIGNATURE = "signature";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SandboxPaymentRepository sandboxPayments;
    private final SiteProperties site;
    private final Clock clock;
    private final byte[] secret;

    SandboxPaymentGateway(SandboxPaymentRepository sandboxPayments, SiteProperties site, Clock clock,
            @Value("${shomei.payment.sandbox.secret}") String secret) {
        this.sandboxPayments = sandboxPayments;
        this.site = site;
        this.clock = clock;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public Started start(Request request) {
        if (request.method() == PaymentMethod.SMART_PIT) {
            String number = paymentNumber();
            sandboxPayments.save(new SandboxPayment(request, number, clock.instant()));
            return new Started(null, number);
        }
        sandboxPayments.save(new SandboxPayment(request, null, clock.instant()));
        return new Started(site.url("/sandbox/paypal/" + request.reference()), null);
    }

    @Override
    public Optional<Notification> verify(Map<String, String> fields) {
        String id = fields.get(NOTIFICATION_ID);
        String reference = fields.get(REFERENCE);
        String amount = fields.get(AMOUNT);
        String signature = fields.get(SIGNATURE);
        if (id == null || reference == null || amount == null || signature == null || !amount.matches("\\d{1,9}")) {
            return Optional.empty();
        }
        byte[] expected = sign(id, reference, amount).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(new Notification(id, reference, Integer.parseInt(amount)));
    }

    /** A new notification, signed, that the payment was made; the sandbox sends it when a payment is captured. */
    public Map<String, String> notification(String reference, int amountYen) {
        String id = UUID.randomUUID().toString();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(NOTIFICATION_ID, id);
        fields.put(REFERENCE, reference);
        fields.put(AMOUNT, String.valueOf(amountYen));
        fields.put(SIGNATURE, sign(id, reference, String.valueOf(amountYen)));
        return fields;
    }

    private String sign(String id, String reference, String amount) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((id + "\n" + reference + "\n" + amount)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Smart Pit payment numbers have 13 digits. */
    private static String paymentNumber() {
        StringBuilder number = new StringBuilder();
        for (int i = 0; i < 13; i++) {
            number.append(RANDOM.nextInt(10));
        }
        return number.toString();
    }
}
