package jp.shomei.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** A browser-like HTTP client for web tests: keeps cookies, follows no redirects, reads CSRF tokens from pages. */
public class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

    private final RestClient client;
    private final CookieManager cookies = new CookieManager();
    private String csrf;
    private String camundaCsrf;

    public WebClient(String baseUrl) {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.client = RestClient.builder()
                .baseUrl(baseUrl)
                .requestFactory(new JdkClientHttpRequestFactory(http))
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    /** The value of a cookie the server set, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Replaces a cookie's value, as a browser holding an old cookie would send it. */
    public void setCookie(String baseUrl, String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookies.getCookieStore().add(java.net.URI.create(baseUrl), cookie);
    }

    public ResponseEntity<String> get(String url) {
        ResponseEntity<String> response = client.get().uri(url).retrieve().toEntity(String.class);
        remember(response);
        return response;
    }

    /** GETs with the given headers, as a browser with its own language or cookies would. */
    public ResponseEntity<String> get(String url, Map<String, String> headers) {
        ResponseEntity<String> response = client.get().uri(url)
                .headers(h -> headers.forEach(h::set))
                .retrieve().toEntity(String.class);
        remember(response);
        return response;
    }

    /** GETs the page and asserts it answered 200. */
    public String page(String url) {
        ResponseEntity<String> response = get(url);
        assertThat(response.getStatusCode().value()).as("GET " + url).isEqualTo(200);
        return response.getBody();
    }

    public ResponseEntity<String> post(String url, Map<String, String> fields) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        if (csrf != null && !fields.containsKey("_csrf")) {
            form.add("_csrf", csrf);
        }
        ResponseEntity<String> response = client.post().uri(url)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve().toEntity(String.class);
        remember(response);
        return response;
    }

    /** POSTs a form the way the Camunda webapps call their API: no page token, but their CSRF header. */
    public ResponseEntity<String> postHeaders(String url, Map<String, String> fields) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        ResponseEntity<String> response = client.post().uri(url)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header("X-XSRF-TOKEN", camundaCsrf == null ? "" : camundaCsrf)
                .body(form)
                .retrieve().toEntity(String.class);
        remember(response);
        return response;
    }

    /** Sends JSON as the Camunda webapps call their API: their CSRF header, and any other headers given. */
    public ResponseEntity<String> sendJson(String method, String url, String json, Map<String, String> headers) {
        ResponseEntity<String> response = client.method(org.springframework.http.HttpMethod.valueOf(method)).uri(url)
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-XSRF-TOKEN", camundaCsrf == null ? "" : camundaCsrf)
                .headers(h -> headers.forEach(h::set))
                .body(json)
                .retrieve().toEntity(String.class);
        remember(response);
        return response;
    }

    /** Signs in as staff, once for this application's staff pages and the Camunda webapps. */
    public void signInAsStaff(String user, String password) {
        page("/staff/login");
        ResponseEntity<String> login = post("/staff/login", Map.of("username", user, "password", password));
        assertThat(login.getHeaders().getLocation().getPath()).as("staff sign-in of " + user)
                .isEqualTo("/staff");
    }

    /** POSTs a form with files as a browser does, asking for a page also when the answer is an error. */
    public ResponseEntity<String> postMultipart(String url, Map<String, String> fields, Map<String, Upload> files) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        if (csrf != null) {
            form.add("_csrf", csrf);
        }
        files.forEach((name, upload) -> form.add(name, upload.asPart()));
        ResponseEntity<String> response = client.post().uri(url)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .header(HttpHeaders.ACCEPT, BROWSER_ACCEPT)
                .body(form)
                .retrieve().toEntity(String.class);
        remember(response);
        return response;
    }

    /** The CSRF token of the last page that carried one. */
    public String csrfToken() {
        return csrf;
    }

    /** POSTs a body exactly as given, as a browser page never would: malformed or hand-made requests. */
    public ResponseEntity<String> postBody(String url, String contentType, byte[] body, Map<String, String> headers) {
        ResponseEntity<String> response = client.post().uri(url)
                .header(HttpHeaders.CONTENT_TYPE, contentType)
                .header(HttpHeaders.ACCEPT, BROWSER_ACCEPT)
                .headers(h -> headers.forEach(h::set))
                .body(body)
                .retrieve().toEntity(String.class);
        remember(response);
        return response;
    }

    /** Follows the redirect a POST answered with and returns the page it leads to. */
    public String follow(ResponseEntity<String> redirect) {
        assertThat(redirect.getStatusCode().is3xxRedirection())
                .as("expected a redirect but got " + redirect.getStatusCode() + ": " + redirect.getBody())
                .isTrue();
        return page(redirect.getHeaders().getLocation().toString());
    }

    private void remember(ResponseEntity<String> response) {
        String camundaToken = response.getHeaders().getFirst("X-XSRF-TOKEN");
        if (camundaToken != null) {
            camundaCsrf = camundaToken;
        }
        if (response.getBody() != null) {
            Matcher matcher = CSRF.matcher(response.getBody());
            if (matcher.find()) {
                csrf = matcher.group(1);
            }
        }
    }

    /** A file to upload, with the name and type the browser would claim. */
    public record Upload(String filename, String contentType, byte[] content) {

        Object asPart() {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.parseMediaType(contentType));
            ByteArrayResource resource = new ByteArrayResource(content) {
                @Override
                public String getFilename() {
                    return filename;
                }
            };
            return new org.springframework.http.HttpEntity<>(resource, headers);
        }
    }
}
