package jp.shomei.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;

/** A refusal in front of the engine's REST API, shaped as the engine's own, so that the webapps show its message. */
public final class EngineErrorResponse {

    private EngineErrorResponse() {
    }

    public static void badRequest(HttpServletResponse response, ObjectMapper json, String message)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(),
                Map.of("type", "InvalidRequestException", "message", message, "code", 0));
    }
}
