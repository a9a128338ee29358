package com.onboarding.clients.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.onboarding.clients.http.LazyClient;
import com.onboarding.clients.http.Rejected;
import com.onboarding.clients.http.ResilientCaller;
import com.onboarding.clients.http.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * The Microsoft Graph client for SharePoint document libraries: an app-only token (client credentials, cached until
 * shortly before it expires), site by path, library (drive) by name, item by path, folder creation that is safe to
 * repeat ({@code conflictBehavior=fail}, 409 nameAlreadyExists read as "it exists"), file download with its eTag (the
 * 302 to the pre-authenticated download URL followed without the token) and upload with {@code If-Match}. 429/503 (honouring Retry-After), other 5xx and timeouts are retried through
 * {@link ResilientCaller}; an upload is retried only on answers that say it was not processed. Every write is logged
 * with the onboarding id, never the secret or the token.
 */
@ApplicationScoped
public class GraphClient {

    private static final Logger LOG = Logger.getLogger(GraphClient.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration TOKEN_MARGIN = Duration.ofMinutes(5);

    private final GraphConfig config;
    private final ResilientCaller caller;
    private final Clock clock;
    private final LazyClient http;
    private String token;
    private Instant tokenExpires = Instant.MIN;

    @jakarta.inject.Inject
    public GraphClient(GraphConfig config) {
        this(config, Clock.systemUTC(), duration -> Thread.sleep(duration.toMillis()));
    }

    /** For tests: a clock for the token's expiry and a sleeper for the backoff. */
    public GraphClient(GraphConfig config, Clock clock, ResilientCaller.Sleeper sleeper) {
        this.config = config;
        this.http = new LazyClient(config.timeout());
        this.clock = clock;
        this.caller = new ResilientCaller("Graph", new RetryPolicy(config.retry().maxAttempts(),
                config.retry().initialBackoff(), config.retry().maxBackoff(), config.retry().maxRetryAfter()),
                sleeper, e -> false);
    }

    /** The id ({@code host,siteCollectionId,webId}) of the site at e.g. {@code contoso.sharepoint.com} + {@code sites/Clients}. */
    public String siteId(String hostname, String sitePath) {
        String path = "/v1.0/sites/" + hostname + ":/" + encodePath(sitePath);
        return json("site " + hostname + "/" + sitePath, path).path("id").asText();
    }

    /** The id of the site's document library named e.g. "Documents"; {@link Rejected} when the site has none. */
    public String driveId(String siteId, String driveName) {
        JsonNode drives = json("drives of " + siteId, "/v1.0/sites/" + siteId + "/drives");
        for (JsonNode drive : drives.path("value")) {
            if (drive.path("name").asText().equals(driveName)) {
                return drive.path("id").asText();
            }
        }
        throw new Rejected(404, "Graph: the site has no document library named '" + driveName + "'", null);
    }

    /** The item at a path inside the library (relative to its root), if it exists. */
    public Optional<DriveItem> itemByPath(String driveId, String path) {
        try {
            return Optional.of(item(json("item " + path, itemPath(driveId, path))));
        } catch (Rejected e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Makes sure every folder along {@code folderPath} exists and returns the last one. Each missing folder is
     * created with {@code conflictBehavior=fail}: when it appeared meanwhile (or an earlier attempt's answer was
     * lost) Graph answers 409 nameAlreadyExists, which counts as done and is followed by a read by path.
     */
    public DriveItem ensureFolder(String driveId, String folderPath) {
        Optional<DriveItem> existing = itemByPath(driveId, folderPath);
        if (existing.isPresent()) {
            return requireFolder(existing.get(), folderPath);
        }
        List<String> segments = segments(folderPath);
        DriveItem parent = null;
        List<String> done = new ArrayList<>();
        for (String segment : segments) {
            done.add(segment);
            String path = String.join("/", done);
            Optional<DriveItem> here = itemByPath(driveId, path);
            parent = here.isPresent() ? requireFolder(here.get(), path) : createFolder(driveId, parent, segment, path);
        }
        return parent;
    }

    /** A file's content with the eTag of the version read. */
    public FileContent download(String driveId, String path) {
        DriveItem item = itemByPath(driveId, path)
                .orElseThrow(() -> new Rejected(404, "Graph: no file at '" + path + "'", null));
        byte[] content = caller.call("download " + path, () -> followDownload(send(
                target("/v1.0/drives/" + driveId + "/items/" + item.id() + "/content").get(), GraphClient::downloadUrl)));
        return new FileContent(item.id(), item.eTag(), content);
    }

    /**
     * Graph answers {@code GET .../content} with 302 and a short-lived pre-authenticated URL in {@code Location}; that
     * URL is fetched without the bearer token (it is another host in production, and takes no Authorization header).
     */
    private byte[] followDownload(String location) {
        return send(http.get().target(location).request().get(), response -> response.readEntity(byte[].class));
    }

    private static String downloadUrl(Response response) {
        if (response.getStatus() / 100 != 3 || response.getLocation() == null) {
            throw new jakarta.ws.rs.ProcessingException("Graph answered a content download with " + response.getStatus()
                    + " instead of a redirect to the download URL");
        }
        return response.getLocation().toString();
    }

    /**
     * Uploads (replaces) a file's content, only if it is still the version with {@code ifMatchETag} (null: create
     * or replace unconditionally). Returns the new eTag. {@link ETagMismatch} when someone changed the file since.
     * For files up to 250 MB (simple upload).
     * <p>
     * An upload guarded by an eTag is retried like a read, lost answers included: if the lost attempt was written,
     * the retry meets the new eTag and ends in {@link ETagMismatch}, so the caller reads the document again and sees
     * its edit there. An unguarded upload is sent once on a lost answer (a retry could overwrite someone's save).
     */
    public String upload(String driveId, String path, byte[] content, String ifMatchETag) {
        Supplier<JsonNode> put = () -> send(withIfMatch(
                target("/v1.0/drives/" + driveId + "/root:/" + encodePath(path) + ":/content"), ifMatchETag)
                .put(Entity.entity(content, MediaType.APPLICATION_OCTET_STREAM_TYPE)), GraphClient::readJson);
        try {
            JsonNode item = ifMatchETag != null ? caller.call("upload " + path, put) : caller.callOnce("upload " + path, put);
            LOG.infof("Graph: uploaded %s (%d bytes) to drive %s for onboarding %s", path, content.length, driveId,
                    onboarding());
            return item.path("eTag").asText();
        } catch (Rejected e) {
            if (e.status() == 412) {
                throw new ETagMismatch("Graph: '" + path + "' changed since it was read (eTag " + ifMatchETag
                        + " no longer current)", e);
            }
            throw e;
        }
    }

    private DriveItem createFolder(String driveId, DriveItem parent, String name, String path) {
        ObjectNode body = MAPPER.createObjectNode().put("name", name);
        body.putObject("folder");
        body.put("@microsoft.graph.conflictBehavior", "fail");
        String url = "/v1.0/drives/" + driveId + (parent == null ? "/root/children" : "/items/" + parent.id() + "/children");
        try {
            JsonNode created = caller.call("create folder " + path, () -> send(
                    target(url).post(Entity.entity(body.toString(), MediaType.APPLICATION_JSON_TYPE)), GraphClient::readJson));
            LOG.infof("Graph: created folder %s in drive %s for onboarding %s", path, driveId, onboarding());
            return item(created);
        } catch (Rejected e) {
            if (e.status() == 409) {
                LOG.infof("Graph: folder %s already exists (409 nameAlreadyExists)", path);
                return itemByPath(driveId, path).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    private JsonNode json(String what, String path) {
        return caller.call(what, () -> send(target(path).get(), GraphClient::readJson));
    }

    private <T> T send(Response response, Function<Response, T> onSuccess) {
        if (response.getStatus() == 401) {
            forgetToken();
        }
        if (response.getStatus() >= 400) {
            response.bufferEntity();
            throw new WebApplicationException(response);
        }
        try {
            return onSuccess.apply(response);
        } finally {
            response.close();
        }
    }

    private Invocation.Builder target(String path) {
        return http.get().target(config.baseUrl().replaceAll("/+$", "") + path).request()
                .header("Authorization", "Bearer " + token());
    }

    private static Invocation.Builder withIfMatch(Invocation.Builder request, String eTag) {
        return eTag == null ? request : request.header("If-Match", eTag);
    }

    private synchronized String token() {
        if (token != null && clock.instant().isBefore(tokenExpires.minus(TOKEN_MARGIN))) {
            return token;
        }
        String tenant = required(config.tenantId(), "graph.tenant-id");
        Form form = new Form().param("grant_type", "client_credentials")
                .param("client_id", required(config.clientId(), "graph.client-id"))
                .param("client_secret", required(config.clientSecret(), "graph.client-secret"))
                .param("scope", config.scope());
        JsonNode answer = caller.call("token", () -> send(http.get()
                .target(config.loginUrl().replaceAll("/+$", "") + "/" + tenant + "/oauth2/v2.0/token").request()
                .post(Entity.form(form)), GraphClient::readJson));
        token = answer.path("access_token").asText();
        tokenExpires = clock.instant().plusSeconds(answer.path("expires_in").asLong(3599));
        return token;
    }

    private synchronized void forgetToken() {
        token = null;
    }


    private String itemPath(String driveId, String path) {
        String encoded = encodePath(path);
        return "/v1.0/drives/" + driveId + (encoded.isEmpty() ? "/root" : "/root:/" + encoded);
    }

    private static DriveItem requireFolder(DriveItem item, String path) {
        if (!item.folder()) {
            throw new Rejected(409, "Graph: '" + path + "' exists but is a file, not a folder", null);
        }
        return item;
    }

    private static DriveItem item(JsonNode json) {
        return new DriveItem(json.path("id").asText(), json.path("name").asText(), json.path("eTag").asText(null),
                json.path("webUrl").asText(null), json.has("folder"));
    }

    private static JsonNode readJson(Response response) {
        try {
            return MAPPER.readTree(response.readEntity(String.class));
        } catch (java.io.IOException e) {
            throw new jakarta.ws.rs.ProcessingException("Graph answered with unreadable JSON", e);
        }
    }

    /** Each segment percent-encoded (spaces as %20), slashes kept. */
    static String encodePath(String path) {
        List<String> encoded = new ArrayList<>();
        for (String segment : segments(path)) {
            encoded.add(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return String.join("/", encoded);
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isBlank()) {
                segments.add(s);
            }
        }
        return segments;
    }

    private static String required(Optional<String> value, String key) {
        return value.filter(v -> !v.isBlank())
                .orElseThrow(() -> new Rejected(0, "Graph is not configured: set " + key, null));
    }

    private static String onboarding() {
        Object id = MDC.get("onboardingId");
        return id == null ? "none" : id.toString();
    }
}
