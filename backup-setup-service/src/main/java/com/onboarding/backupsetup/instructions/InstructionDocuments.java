package com.onboarding.backupsetup.instructions;

/**
 * Where the detailed backup instructions are kept: a published document under the customer's organisation in IT
 * Glue. Finds the document by name before creating it, so a retry never makes a second.
 */
public interface InstructionDocuments {

    /** The link people open to read the document, which exists and is published after this call. */
    String ensurePublished(String organisation, String documentName, String html);
}
