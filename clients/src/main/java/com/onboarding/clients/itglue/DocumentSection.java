package com.onboarding.clients.itglue;

/**
 * One section of an IT Glue document: {@code Document::Text} (HTML content) or {@code Document::Heading} (text
 * with a level 1-6).
 */
public record DocumentSection(String resourceType, String content, Integer level) {

    public static DocumentSection text(String html) {
        return new DocumentSection("Document::Text", html, null);
    }

    public static DocumentSection heading(String text, int level) {
        return new DocumentSection("Document::Heading", text, level);
    }
}
