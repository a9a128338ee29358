package com.onboarding.sandbox.graph;

import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The pre-authenticated download URLs Graph's {@code GET .../content} redirects to (SharePoint's {@code download.aspx}
 * in real life): valid for a short time, no bearer token needed, and one sent is refused (Microsoft: a pre-authenticated
 * URL must be requested without an Authorization header), so a client that forwards its token to the redirect fails here.
 */
@Path("/graph-download/{key}")
@Blocking
public class GraphDownloadResource {

    private final GraphStore store;

    public GraphDownloadResource(GraphStore store) {
        this.store = store;
    }

    @GET
    public Response download(@PathParam("key") String key, @HeaderParam("Authorization") String authorization) {
        if (authorization != null) {
            return Response.status(401).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", Map.of("code", "invalidRequest",
                            "message", "A pre-authenticated download URL takes no Authorization header")))
                    .build();
        }
        return store.download(key)
                .map(item -> Response.ok(item.content, MediaType.APPLICATION_OCTET_STREAM).header("ETag", item.eTag()).build())
                .orElseGet(() -> Response.status(404).type(MediaType.APPLICATION_JSON)
                        .entity(Map.of("error", Map.of("code", "itemNotFound", "message", "The download URL expired")))
                        .build());
    }
}
