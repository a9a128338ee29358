package com.onboarding.sandbox.graph;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Microsoft Graph v1.0, the SharePoint document-library part the suite uses: site by path, the site's drives,
 * drive items by path or id, folder creation with {@code @microsoft.graph.conflictBehavior} (409 nameAlreadyExists
 * on {@code fail}), file content download and upload with eTags ({@code If-Match}: 412 on a mismatch). Bearer token
 * from the token endpoint required. A content download is answered as Graph answers it: 302 Found with a short-lived
 * pre-authenticated download URL in {@code Location} ({@link GraphDownloadResource}), which the client follows
 * without its bearer token.
 */
@Path("/graph/v1.0")
@Blocking
public class GraphResource {

    private static final Pattern SITE_BY_PATH = Pattern.compile("^sites/([^/:]+):/(.*?):?$");
    private static final Pattern SITE_DRIVES = Pattern.compile("^sites/([^/]+)/drives$");
    private static final Pattern ROOT = Pattern.compile("^drives/([^/]+)/root$");
    private static final Pattern PATH_CONTENT = Pattern.compile("^drives/([^/]+)/root:/(.+?):/content$");
    private static final Pattern PATH_CHILDREN = Pattern.compile("^drives/([^/]+)/root:/(.+?):/children$");
    private static final Pattern BY_PATH = Pattern.compile("^drives/([^/]+)/root:/(.*?):?$");
    private static final Pattern ROOT_CHILDREN = Pattern.compile("^drives/([^/]+)/root/children$");
    private static final Pattern ITEM = Pattern.compile("^drives/([^/]+)/items/([^/:]+)$");
    private static final Pattern ITEM_CONTENT = Pattern.compile("^drives/([^/]+)/items/([^/:]+)/content$");
    private static final Pattern ITEM_CHILDREN = Pattern.compile("^drives/([^/]+)/items/([^/:]+)/children$");
    private static final Pattern ITEM_CHILD_CONTENT = Pattern.compile("^drives/([^/]+)/items/([^/:]+):/([^/]+?):/content$");

    private final GraphStore store;

    @Context
    UriInfo uri;

    @HeaderParam("Authorization")
    String authorization;

    public GraphResource(GraphStore store) {
        this.store = store;
    }

    @GET
    @Path("/{rest: .+}")
    public Response get(@PathParam("rest") String ignored) {
        return authorized(() -> {
            String rest = rest();
            Matcher m;
            if ((m = SITE_BY_PATH.matcher(rest)).matches()) {
                GraphStore.Site site = store.findSite(m.group(1), m.group(2))
                        .orElseThrow(() -> new GraphException(404, "itemNotFound", "Requested site could not be found"));
                return json(200, Map.of("id", site.id(), "name", lastSegment(site.path()), "displayName",
                        site.displayName(), "webUrl", "https://" + site.hostname() + "/" + site.path()));
            }
            if ((m = SITE_DRIVES.matcher(rest)).matches()) {
                GraphStore.Site site = store.siteById(m.group(1))
                        .orElseThrow(() -> new GraphException(404, "itemNotFound", "Requested site could not be found"));
                List<Map<String, Object>> drives = site.drives().values().stream().map(d -> Map.<String, Object>of(
                        "id", d.id(), "name", d.name(), "driveType", "documentLibrary",
                        "webUrl", "https://" + site.hostname() + "/" + site.path() + "/" + d.name().replace(" ", "%20")))
                        .toList();
                return json(200, Map.of("value", drives));
            }
            if ((m = ROOT.matcher(rest)).matches()) {
                return item(200, store.drive(m.group(1)).root(), m.group(1));
            }
            if ((m = PATH_CONTENT.matcher(rest)).matches()) {
                return redirectToContent(store.drive(m.group(1)), store.byPath(store.drive(m.group(1)), m.group(2)));
            }
            if ((m = BY_PATH.matcher(rest)).matches()) {
                return item(200, store.byPath(store.drive(m.group(1)), m.group(2)), m.group(1));
            }
            if ((m = ITEM_CONTENT.matcher(rest)).matches()) {
                return redirectToContent(store.drive(m.group(1)), store.byId(store.drive(m.group(1)), m.group(2)));
            }
            if ((m = ITEM_CHILDREN.matcher(rest)).matches()) {
                DriveItem parent = store.byId(store.drive(m.group(1)), m.group(2));
                String webBase = web(m.group(1));
                return json(200, Map.of("value", parent.children.values().stream().map(c -> c.json(webBase)).toList()));
            }
            if ((m = ITEM.matcher(rest)).matches()) {
                return item(200, store.byId(store.drive(m.group(1)), m.group(2)), m.group(1));
            }
            throw new GraphException(400, "invalidRequest", "Invalid request: " + rest);
        });
    }

    @POST
    @Path("/{rest: .+}")
    public Response post(@PathParam("rest") String ignored, JsonNode body) {
        return authorized(() -> {
            String rest = rest();
            Matcher m;
            GraphStore.Drive drive;
            DriveItem parent;
            if ((m = ITEM_CHILDREN.matcher(rest)).matches()) {
                drive = store.drive(m.group(1));
                parent = store.byId(drive, m.group(2));
            } else if ((m = ROOT_CHILDREN.matcher(rest)).matches()) {
                drive = store.drive(m.group(1));
                parent = drive.root();
            } else if ((m = PATH_CHILDREN.matcher(rest)).matches()) {
                drive = store.drive(m.group(1));
                parent = store.byPath(drive, m.group(2));
            } else {
                throw new GraphException(400, "invalidRequest", "Invalid request: POST " + rest);
            }
            if (body == null || !body.hasNonNull("name")) {
                throw new GraphException(400, "invalidRequest", "The name of the new item is required");
            }
            if (!body.has("folder") && !body.has("file")) {
                throw new GraphException(400, "invalidRequest", "Either 'folder' or 'file' must be given");
            }
            String conflict = body.path("@microsoft.graph.conflictBehavior").asText(null);
            if (conflict == null) {
                conflict = uri.getQueryParameters().getFirst("@microsoft.graph.conflictBehavior");
            }
            Object[] result = store.createChild(drive, parent, body.get("name").asText(), body.has("folder"), conflict);
            return item((Boolean) result[1] ? 201 : 200, (DriveItem) result[0], drive.id());
        });
    }

    @PUT
    @Path("/{rest: .+}")
    public Response put(@PathParam("rest") String ignored, @HeaderParam("If-Match") String ifMatch, byte[] content) {
        return authorized(() -> {
            String rest = rest();
            Matcher m;
            GraphStore.Drive drive;
            Object[] result;
            byte[] bytes = content == null ? new byte[0] : content;
            if ((m = PATH_CONTENT.matcher(rest)).matches()) {
                drive = store.drive(m.group(1));
                List<String> segments = GraphStore.segments(m.group(2));
                String name = segments.get(segments.size() - 1);
                DriveItem parent = store.byPath(drive, String.join("/", segments.subList(0, segments.size() - 1)));
                result = store.putContent(drive, parent, name, parent.child(name), bytes, ifMatch, true);
            } else if ((m = ITEM_CHILD_CONTENT.matcher(rest)).matches()) {
                drive = store.drive(m.group(1));
                DriveItem parent = store.byId(drive, m.group(2));
                result = store.putContent(drive, parent, m.group(3), parent.child(m.group(3)), bytes, ifMatch, true);
            } else if ((m = ITEM_CONTENT.matcher(rest)).matches()) {
                drive = store.drive(m.group(1));
                DriveItem item = store.byId(drive, m.group(2));
                result = store.putContent(drive, item.parent, item.name, item, bytes, ifMatch, true);
            } else {
                throw new GraphException(400, "invalidRequest", "Invalid request: PUT " + rest);
            }
            return item((Boolean) result[1] ? 201 : 200, (DriveItem) result[0], drive.id());
        });
    }

    private Response authorized(Supplier<Response> action) {
        if (authorization == null || !authorization.startsWith("Bearer ")
                || !store.validToken(authorization.substring("Bearer ".length()).trim())) {
            return error(new GraphException(401, "InvalidAuthenticationToken", "Access token is empty or invalid."));
        }
        try {
            return action.get();
        } catch (GraphException e) {
            return error(e);
        }
    }

    private String rest() {
        return uri.getPath().replaceFirst("^/graph/v1\\.0/", "");
    }

    private Response item(int status, DriveItem item, String driveId) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).header("ETag", item.eTag())
                .entity(item.json(web(driveId))).build();
    }

    private String web(String driveId) {
        GraphStore.Drive drive = store.drive(driveId);
        GraphStore.Site site = store.siteById(drive.siteId()).orElseThrow();
        return "https://" + site.hostname() + "/" + site.path() + "/" + drive.name().replace(" ", "%20");
    }

    private Response redirectToContent(GraphStore.Drive drive, DriveItem item) {
        if (item.folder) {
            throw new GraphException(400, "invalidRequest", "A folder has no content");
        }
        java.net.URI location = uri.getBaseUri().resolve("graph-download/" + store.issueDownload(drive, item));
        return Response.status(302).location(location).build();
    }

    private static Response json(int status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    private static Response error(GraphException e) {
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", Map.of("code", e.code(), "message", e.getMessage(),
                        "innerError", Map.of("request-id", java.util.UUID.randomUUID().toString(),
                                "date", java.time.Instant.now().toString()))))
                .build();
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
