package jp.shomei.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor from a loopback address of its own (127.x.y.z), for limits per client address: the other tests all come
 * from 127.0.0.1, and Java 17's HTTP client cannot choose its local address. Plain HTTP/1.0 over a socket bound to
 * that address; keeps the cookies and the CSRF token, follows no redirects.
 */
public class LoopbackVisitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern SET_COOKIE = Pattern.compile("(?im)^set-cookie:\\s*([^=;\\s]+)=([^;\\r\\n]*)");

    private final InetAddress address;
    private final int port;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;

    public LoopbackVisitor(int port) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try {
            this.address = InetAddress.getByAddress(new byte[] {127, (byte) random.nextInt(1, 255),
                    (byte) random.nextInt(1, 255), (byte) random.nextInt(1, 255)});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.port = port;
    }

    public Response get(String path) {
        return send("GET " + path, null);
    }

    public Response post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (csrf != null) {
            form.putIfAbsent("_csrf", csrf);
        }
        return send("POST " + path, form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&")));
    }

    private Response send(String requestLine, String form) {
        StringBuilder request = new StringBuilder(requestLine).append(" HTTP/1.0\r\n")
                .append("Host: localhost:").append(port).append("\r\n");
        if (!cookies.isEmpty()) {
            request.append("Cookie: ").append(cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "))).append("\r\n");
        }
        byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
        if (form != null) {
            request.append("Content-Type: application/x-www-form-urlencoded\r\n")
                    .append("Content-Length: ").append(body.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(address, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return remember(read(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response remember(Response response) {
        Matcher cookie = SET_COOKIE.matcher(response.head());
        while (cookie.find()) {
            cookies.put(cookie.group(1), cookie.group(2));
        }
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String raw = all.toString(StandardCharsets.UTF_8);
        int end = raw.indexOf("\r\n\r\n");
        String head = raw.substring(0, end);
        int status = Integer.parseInt(head.substring(head.indexOf(' ') + 1, head.indexOf(' ') + 4));
        return new Response(status, head, raw.substring(end + 4));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The answer: status, the header lines as received, and the body. */
    public record Response(int status, String head, String body) {

        /** The path of the Location header, or null. */
        public String location() {
            Matcher location = Pattern.compile("(?im)^location:\\s*(?:https?://[^/\\s]+)?(\\S+)").matcher(head);
            return location.find() ? location.group(1) : null;
        }

    }
}
