package com.onboarding.clients.graph;

/** A file or folder in a document library, as Graph describes it (the parts the suite uses). */
public record DriveItem(String id, String name, String eTag, String webUrl, boolean folder) {
}
