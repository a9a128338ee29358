package com.onboarding.gateway.staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The external records a step names in its message, as links a person can open: Autotask contracts, charges and
 * tickets by their ids through the MSP's URL templates ({@code {id}} is replaced), and the URLs a step reports
 * as they are (SharePoint folder, IT Glue document). The DocuSign envelope of the agreement is linked on intake.
 */
public final class RecordLinks {

    public record Link(String kind, String label, String url) {
    }

    /** Templates by record kind: autotask-contract, autotask-ticket, autotask-charge, docusign-envelope. */
    private final Map<String, String> templates;

    // "Autotask ticket T20261201.0001 (4711)": the number people know, then the id the URL needs.
    private static final Pattern TICKET_WITH_NUMBER = Pattern.compile("[Tt]icket (T[\\w.]+) \\((\\d+)\\)");
    private static final Pattern TICKET = Pattern.compile("[Tt]icket (\\d+)");
    private static final Pattern CONTRACT = Pattern.compile("[Cc]ontract (\\d+)");
    private static final Pattern CHARGE = Pattern.compile("[Cc]harge (\\d+)");
    private static final Pattern URL = Pattern.compile("https?://[^\\s'\"<>)]+");

    public RecordLinks(Map<String, String> templates) {
        this.templates = Map.copyOf(templates);
    }

    /** The links of one step: from its message, plus the agreement's envelope for the intake step. */
    public List<Link> of(String step, String message, String envelopeId) {
        Map<String, Link> links = new LinkedHashMap<>();
        if (envelopeId != null) {
            add(links, "docusign-envelope", "DocuSign envelope", envelopeId);
        }
        if (message == null) {
            return List.copyOf(links.values());
        }
        Matcher numbered = TICKET_WITH_NUMBER.matcher(message);
        while (numbered.find()) {
            add(links, "autotask-ticket", "Autotask ticket " + numbered.group(1), numbered.group(2));
        }
        String withoutNumbered = TICKET_WITH_NUMBER.matcher(message).replaceAll("");
        Matcher ticket = TICKET.matcher(withoutNumbered);
        while (ticket.find()) {
            add(links, "autotask-ticket", "Autotask ticket " + ticket.group(1), ticket.group(1));
        }
        Matcher contract = CONTRACT.matcher(message);
        while (contract.find()) {
            add(links, "autotask-contract", "Autotask contract " + contract.group(1), contract.group(1));
        }
        Matcher charge = CHARGE.matcher(message);
        while (charge.find()) {
            add(links, "autotask-charge", "Autotask charge " + charge.group(1), charge.group(1));
        }
        Matcher url = URL.matcher(message);
        while (url.find()) {
            String found = url.group().replaceAll("[.,;:]+$", "");
            links.putIfAbsent(found, new Link(kindOf(found), labelOf(found), found));
        }
        return new ArrayList<>(links.values());
    }

    private void add(Map<String, Link> links, String kind, String label, String id) {
        String template = templates.get(kind);
        if (template != null && !template.isBlank()) {
            String url = template.replace("{id}", id);
            links.putIfAbsent(url, new Link(kind, label, url));
        }
    }

    private static String kindOf(String url) {
        if (url.contains("sharepoint") || url.contains("/drives/") || url.contains("/sites/")) {
            return "sharepoint";
        }
        return url.contains("itglue") || url.contains("it-glue") ? "it-glue" : "record";
    }

    private static String labelOf(String url) {
        return switch (kindOf(url)) {
            case "sharepoint" -> "SharePoint";
            case "it-glue" -> "IT Glue document";
            default -> "Open record";
        };
    }
}
