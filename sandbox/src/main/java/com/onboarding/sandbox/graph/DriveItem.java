package com.onboarding.sandbox.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A file or folder of a simulated document library. */
final class DriveItem {

    final String id = "01" + UUID.randomUUID().toString().replace("-", "").toUpperCase().substring(0, 32);
    final String driveId;
    final String name;
    final DriveItem parent;
    final boolean folder;
    final Map<String, DriveItem> children = new LinkedHashMap<>();
    byte[] content = new byte[0];
    int version = 1;

    DriveItem(String driveId, String name, DriveItem parent, boolean folder) {
        this.driveId = driveId;
        this.name = name;
        this.parent = parent;
        this.folder = folder;
    }

    String eTag() {
        return "\"{" + id + "}," + version + "\"";
    }

    String path() {
        if (parent == null) {
            return "";
        }
        String parentPath = parent.path();
        return parentPath.isEmpty() ? name : parentPath + "/" + name;
    }

    DriveItem child(String childName) {
        return children.values().stream().filter(c -> c.name.equalsIgnoreCase(childName)).findFirst().orElse(null);
    }

    Map<String, Object> json(String webBase) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("name", parent == null ? "root" : name);
        json.put("eTag", eTag());
        json.put("cTag", "\"c:{" + id + "}," + version + "\"");
        json.put("webUrl", webBase + "/" + path().replace(" ", "%20"));
        json.put("size", folder ? 0 : content.length);
        if (parent != null) {
            json.put("parentReference", Map.of("driveId", driveId, "id", parent.id,
                    "path", "/drive/root:" + (parent.path().isEmpty() ? "" : "/" + parent.path())));
        }
        if (folder) {
            json.put("folder", Map.of("childCount", children.size()));
        } else {
            json.put("file", Map.of("mimeType", "application/octet-stream"));
        }
        if (parent == null) {
            json.put("root", Map.of());
        }
        return json;
    }
}
