package com.onboarding.clients.graph;

/** A file's bytes with the eTag of the version read: send it back as If-Match when uploading the edited file. */
public record FileContent(String itemId, String eTag, byte[] content) {
}
