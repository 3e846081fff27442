package jp.shomei.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Calls of the engine's REST API as a script makes them, with an engine user's HTTP Basic credentials. */
public final class EngineRest {

    private final String baseUrl;

    public EngineRest(int port) {
        this.baseUrl = "http://localhost:" + port + "/engine-rest";
    }

    /** Sends the JSON (none when null) and returns the answer, whatever its status. */
    public HttpResponse<String> call(String user, String password, String method, String path, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes()))
                .header("Content-Type", "application/json");
        request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.method(method, HttpRequest.BodyPublishers.ofString(json));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A new engine user of its own for a test, so that its failed logins and locks touch no demo user. */
    public static String newUser(IdentityService identityService, String prefix, String password) {
        String userId = prefix + "-" + System.nanoTime();
        User user = identityService.newUser(userId);
        user.setPassword(password);
        identityService.saveUser(user);
        return userId;
    }
}
