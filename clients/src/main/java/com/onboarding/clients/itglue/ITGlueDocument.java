package com.onboarding.clients.itglue;

/** An IT Glue document: its id, the link people open ({@code resource-url}), and whether it is published. */
public record ITGlueDocument(long id, String name, String webUrl, boolean published) {
}
