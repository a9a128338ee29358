package com.onboarding.sandbox.frame;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Writes every request to a simulated API into the {@link RequestLog} (never /sandbox or /q themselves). */
public class RequestRecording {

    static final String ONBOARDING_HEADER = "X-Onboarding-Id";
    private static final String SEQ = "sandbox.request-seq";
    private static final Set<String> APIS = Set.of("autotask", "graph", "graph-login", "graph-download", "itglue",
            "docusign", "docusign-auth", "datto-rmm", "power-automate");

    private final RequestLog log;
    private final ObjectMapper mapper;

    public RequestRecording(RequestLog log, ObjectMapper mapper) {
        this.log = log;
        this.mapper = mapper;
    }

    @ServerRequestFilter
    public void received(ContainerRequestContext request) throws IOException {
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/+", "");
        String api = path.split("/").length > 1 ? path.split("/")[1] : "";
        if (!APIS.contains(api)) {
            return;
        }
        JsonNode body = null;
        if (request.hasEntity() && request.getMediaType() != null && request.getMediaType().getSubtype().contains("json")) {
            byte[] bytes;
            try (InputStream in = request.getEntityStream()) {
                bytes = in.readAllBytes();
            }
            request.setEntityStream(new ByteArrayInputStream(bytes));
            try {
                body = bytes.length == 0 ? null : mapper.readTree(bytes);
            } catch (IOException notJson) {
                body = null;
            }
        }
        Map<String, List<String>> query = new LinkedHashMap<>(request.getUriInfo().getQueryParameters());
        long seq = log.received(api, request.getMethod(), path, query, body, request.getHeaderString(ONBOARDING_HEADER));
        request.setProperty(SEQ, seq);
    }

    private int answerHash(Object entity) {
        if (entity == null) {
            return 0;
        }
        if (entity instanceof byte[] bytes) {
            return java.util.Arrays.hashCode(bytes);
        }
        try {
            return mapper.writeValueAsString(entity).hashCode();
        } catch (IOException e) {
            return entity.hashCode();
        }
    }

    @ServerResponseFilter
    public void answered(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(SEQ) instanceof Long seq) {
            log.answered(seq, response.getStatus(), answerHash(response.getEntity()));
        }
    }
}
