package com.onboarding.sandbox.graph;

import com.onboarding.sandbox.frame.CallRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The simulated SharePoint tenant: sites by host and path, their document libraries (drives) and drive items,
 * plus the access tokens issued. Every write by a client is recorded (api "graph"); seeding is not.
 */
@ApplicationScoped
public class GraphStore {

    /** Characters SharePoint refuses in a file or folder name. */
    private static final Pattern INVALID_NAME = Pattern.compile("[\"*:<>?/\\\\|#%]");

    record Site(String id, String hostname, String path, String displayName, Map<String, Drive> drives) {
    }

    record Drive(String id, String name, String siteId, DriveItem root) {
    }

    private final CallRecord record;
    private final GraphSettings settings;
    private final Map<String, Site> sites = new LinkedHashMap<>();
    private final Map<String, Drive> drives = new LinkedHashMap<>();
    private final Map<String, Instant> tokens = new LinkedHashMap<>();
    private final Map<String, Download> downloads = new LinkedHashMap<>();

    /** A pre-authenticated download URL's target: the item, until the URL expires. */
    record Download(String driveId, String itemId, Instant expires) {
    }

    public GraphStore(CallRecord record, GraphSettings settings) {
        this.record = record;
        this.settings = settings;
        Site team = site(settings.hostname(), settings.teamSitePath(), "Geek Girls IT Team Site");
        Drive documents = drive(team, "Documents");
        folders(documents, "client paper work, reports and proposals");
        drive(team, "Site Assets");
    }

    synchronized String issueToken() {
        String token = "sandbox-graph-" + UUID.randomUUID();
        tokens.put(token, Instant.now().plusSeconds(settings.tokenLifetimeSeconds()));
        return token;
    }

    synchronized boolean validToken(String token) {
        Instant expires = tokens.get(token);
        return expires != null && expires.isAfter(Instant.now());
    }

    /** A short-lived pre-authenticated download URL's key for the item's content (what Graph's 302 points to). */
    synchronized String issueDownload(Drive drive, DriveItem item) {
        downloads.values().removeIf(d -> d.expires().isBefore(Instant.now()));
        String key = UUID.randomUUID().toString();
        downloads.put(key, new Download(drive.id(), item.id, Instant.now().plusSeconds(settings.tokenLifetimeSeconds())));
        return key;
    }

    synchronized Optional<DriveItem> download(String key) {
        Download download = downloads.get(key);
        if (download == null || download.expires().isBefore(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(byId(drive(download.driveId()), download.itemId()));
    }

    synchronized Site site(String hostname, String path, String displayName) {
        String key = key(hostname, path);
        return sites.computeIfAbsent(key, k -> new Site(hostname + "," + UUID.randomUUID() + "," + UUID.randomUUID(),
                hostname, trim(path), displayName, new LinkedHashMap<>()));
    }

    synchronized Optional<Site> findSite(String hostname, String path) {
        return Optional.ofNullable(sites.get(key(hostname, path)));
    }

    synchronized Optional<Site> siteById(String id) {
        return sites.values().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    synchronized Drive drive(Site site, String name) {
        return site.drives().computeIfAbsent(name, n -> {
            String id = "b!" + UUID.randomUUID().toString().replace("-", "");
            Drive drive = new Drive(id, n, site.id(), new DriveItem(id, "root", null, true));
            drives.put(id, drive);
            return drive;
        });
    }

    synchronized Drive drive(String driveId) {
        Drive drive = drives.get(driveId);
        if (drive == null) {
            throw new GraphException(404, "itemNotFound", "The drive " + driveId + " does not exist");
        }
        return drive;
    }

    synchronized DriveItem byPath(Drive drive, String path) {
        DriveItem item = drive.root();
        for (String segment : segments(path)) {
            item = item.folder ? item.child(segment) : null;
            if (item == null) {
                throw new GraphException(404, "itemNotFound", "The resource could not be found.");
            }
        }
        return item;
    }

    synchronized DriveItem byId(Drive drive, String itemId) {
        if (itemId.equals("root")) {
            return drive.root();
        }
        DriveItem found = find(drive.root(), itemId);
        if (found == null) {
            throw new GraphException(404, "itemNotFound", "The resource could not be found.");
        }
        return found;
    }

    /** POST .../children: a new folder (or file) with Graph's conflict behaviours. Returns [item, created?]. */
    synchronized Object[] createChild(Drive drive, DriveItem parent, String name, boolean folder, String conflictBehavior) {
        checkName(name);
        if (!parent.folder) {
            throw new GraphException(400, "invalidRequest", "The parent is not a folder");
        }
        String behavior = conflictBehavior == null ? "fail" : conflictBehavior;
        DriveItem existing = parent.child(name);
        if (existing != null) {
            switch (behavior) {
                case "fail" -> throw new GraphException(409, "nameAlreadyExists",
                        "The specified item name already exists. Name: " + name);
                case "replace" -> {
                    return new Object[] {existing, false};
                }
                case "rename" -> name = freeName(parent, name);
                default -> throw new GraphException(400, "invalidRequest", "Invalid conflictBehavior " + behavior);
            }
        }
        DriveItem item = new DriveItem(drive.id(), name, parent, folder);
        parent.children.put(item.id, item);
        record.add("graph", folder ? "create-folder" : "create-file", drive.name() + "/" + item.path(),
                Map.of("driveId", drive.id(), "itemId", item.id, "conflictBehavior", behavior));
        return new Object[] {item, true};
    }

    /** PUT content; {@code ifMatch} null means unconditional. Returns [item, created?]. */
    synchronized Object[] putContent(Drive drive, DriveItem parent, String name, DriveItem existing, byte[] content,
            String ifMatch, boolean recorded) {
        if (existing == null) {
            checkName(name);
            if (ifMatch != null && !ifMatch.equals("*")) {
                throw new GraphException(412, "resourceModified", "The resource has changed since the caller last read it");
            }
            existing = new DriveItem(drive.id(), name, parent, false);
            existing.content = content;
            parent.children.put(existing.id, existing);
            if (recorded) {
                record.add("graph", "upload", drive.name() + "/" + existing.path(), Map.of("driveId", drive.id(),
                        "itemId", existing.id, "size", content.length, "eTag", existing.eTag()));
            }
            return new Object[] {existing, true};
        }
        if (existing.folder) {
            throw new GraphException(400, "invalidRequest", "Cannot upload content to a folder");
        }
        if (ifMatch != null && !ifMatch.equals("*") && !ifMatch.equals(existing.eTag())) {
            throw new GraphException(412, "resourceModified",
                    "ETag does not match the current item's value (current " + existing.eTag() + ")");
        }
        existing.content = content;
        existing.version++;
        if (recorded) {
            record.add("graph", "upload", drive.name() + "/" + existing.path(), Map.of("driveId", drive.id(),
                    "itemId", existing.id, "size", content.length, "eTag", existing.eTag(),
                    "ifMatch", ifMatch == null ? "" : ifMatch));
        }
        return new Object[] {existing, false};
    }

    /** Seeds folders along a path (not recorded: the tenant had them). */
    synchronized DriveItem folders(Drive drive, String path) {
        DriveItem item = drive.root();
        for (String segment : segments(path)) {
            DriveItem next = item.child(segment);
            if (next == null) {
                next = new DriveItem(drive.id(), segment, item, true);
                item.children.put(next.id, next);
            }
            item = next;
        }
        return item;
    }

    synchronized List<Site> sites() {
        return new ArrayList<>(sites.values());
    }

    static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String s : trim(path).split("/")) {
            if (!s.isEmpty()) {
                segments.add(s);
            }
        }
        return segments;
    }

    static void checkName(String name) {
        if (name == null || name.isBlank() || INVALID_NAME.matcher(name).find() || name.endsWith(".")
                || name.startsWith(" ") || name.endsWith(" ")) {
            throw new GraphException(400, "invalidRequest", "The provided name cannot contain any illegal characters: '"
                    + name + "'");
        }
    }

    private static String freeName(DriveItem parent, String name) {
        for (int i = 1;; i++) {
            String candidate = name + " " + i;
            if (parent.child(candidate) == null) {
                return candidate;
            }
        }
    }

    private static DriveItem find(DriveItem item, String id) {
        if (item.id.equals(id)) {
            return item;
        }
        for (DriveItem child : item.children.values()) {
            DriveItem found = find(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String key(String hostname, String path) {
        return hostname.toLowerCase() + ":/" + trim(path).toLowerCase();
    }

    private static String trim(String path) {
        return path == null ? "" : path.replaceAll("^/+", "").replaceAll("/+$", "");
    }
}
