package jp.shomei.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Optional;
import jp.shomei.support.ShomeiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a reverse proxy the per-client throttle and the audit log see each user's own address, taken from
 * X-Forwarded-For only when the proxy is trusted (the test profile trusts loopback alone).
 */
@ShomeiTest
class TrustedProxyTest {

    @LocalServerPort
    int port;

    @Autowired
    AuthEventRepository authEvents;

    @Autowired
    LoginThrottleRepository throttles;

    @AfterEach
    void noThrottles() {
        throttles.deleteAll();
    }

    @Test
    void shouldTakeTheClientAddressFromATrustedProxy() throws Exception {
        String user = "proxied-" + System.nanoTime();
        failStaffSignIn("http://127.0.0.1:" + port, user, "203.0.113.7");
        assertThat(authEvents.findByEmailOrderByIdAsc(user)).extracting(AuthEvent::getClientAddress)
                .containsExactly("203.0.113.7");
        assertThat(throttles.findById("client:203.0.113.7")).isPresent();
    }

    @Test
    void shouldIgnoreForwardedHeadersFromAnyoneElse() throws Exception {
        Optional<String> ownAddress = nonLoopbackAddress();
        assumeTrue(ownAddress.isPresent(), "this machine has no address besides loopback");
        String user = "direct-" + System.nanoTime();
        failStaffSignIn("http://" + ownAddress.get() + ":" + port, user, "203.0.113.8");
        assertThat(authEvents.findByEmailOrderByIdAsc(user)).extracting(AuthEvent::getClientAddress)
                .containsExactly(ownAddress.get());
        assertThat(throttles.findById("client:203.0.113.8")).isEmpty();
    }

    private static void failStaffSignIn(String base, String user, String forwardedFor) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/engine-rest/task/count"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":Wrong-Password-1").getBytes()))
                .header("X-Forwarded-For", forwardedFor)
                .GET().build();
        assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(401);
    }

    private static Optional<String> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .map(InetAddress::getHostAddress).findFirst();
    }
}
