package com.onboarding.sandbox.graph;

import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the tenant already has and what people do in SharePoint, for tests and the demo (never recorded as a write
 * of the suite): seed a site, a folder or a file (a person editing a file changes its eTag), and read an item with
 * its content. {@code site} is the server-relative site path (default: the IT team site), {@code drive} the
 * library name (default "Documents").
 */
@Path("/sandbox/graph")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Blocking
public class GraphControlResource {

    /** A seed: {@code content} (text) or {@code contentBase64} for a file; neither for a folder. */
    public record Seed(String hostname, String site, String drive, String path, String content, String contentBase64) {
    }

    private final GraphStore store;
    private final GraphSettings settings;

    public GraphControlResource(GraphStore store, GraphSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    @POST
    @Path("/folders")
    public Map<String, Object> folder(Seed seed) {
        GraphStore.Drive drive = drive(seed.hostname(), seed.site(), seed.drive());
        return describe(drive, store.folders(drive, seed.path()));
    }

    /** Creates or replaces a file as a person would (a new version, so a new eTag). */
    @POST
    @Path("/files")
    public Map<String, Object> file(Seed seed) {
        GraphStore.Drive drive = drive(seed.hostname(), seed.site(), seed.drive());
        var segments = GraphStore.segments(seed.path());
        String name = segments.get(segments.size() - 1);
        DriveItem parent = store.folders(drive, String.join("/", segments.subList(0, segments.size() - 1)));
        byte[] content = seed.contentBase64() != null ? Base64.getDecoder().decode(seed.contentBase64())
                : String.valueOf(seed.content()).getBytes(StandardCharsets.UTF_8);
        Object[] result = store.putContent(drive, parent, name, parent.child(name), content, null, false);
        return describe(drive, (DriveItem) result[0]);
    }

    /** An item by path, with its eTag and content (base64), or 404. */
    @GET
    @Path("/item")
    public Map<String, Object> item(@QueryParam("hostname") String hostname, @QueryParam("site") String site,
            @QueryParam("drive") String drive, @QueryParam("path") String path) {
        GraphStore.Drive d = drive(hostname, site, drive);
        try {
            return describe(d, store.byPath(d, path));
        } catch (GraphException e) {
            throw new jakarta.ws.rs.NotFoundException(e.getMessage());
        }
    }

    private GraphStore.Drive drive(String hostname, String site, String drive) {
        GraphStore.Site s = store.site(hostname == null ? settings.hostname() : hostname,
                site == null ? settings.teamSitePath() : site, site == null ? "Geek Girls IT Team Site" : site);
        return store.drive(s, drive == null ? "Documents" : drive);
    }

    private static Map<String, Object> describe(GraphStore.Drive drive, DriveItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("driveId", drive.id());
        json.put("id", item.id);
        json.put("path", item.path());
        json.put("folder", item.folder);
        json.put("eTag", item.eTag());
        json.put("children", item.children.values().stream().map(c -> c.name).toList());
        if (!item.folder) {
            json.put("contentBase64", Base64.getEncoder().encodeToString(item.content));
        }
        return json;
    }
}
