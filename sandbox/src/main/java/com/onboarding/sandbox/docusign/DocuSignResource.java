package com.onboarding.sandbox.docusign;

import com.fasterxml.jackson.databind.JsonNode;
import com.onboarding.sandbox.frame.CallRecord;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The eSignature REST API v2.1 envelopes of one account: create from a template (the template's role filled by one
 * signer, text custom fields, status sent or created), list by date with an optional {@code custom_field} filter
 * (the lookup before a create), and read one. Refuses what DocuSign refuses: no token, another account, no
 * template or an unknown one, a role without a valid recipient, an unknown status.
 */
@Path("/docusign/restapi/v2.1/accounts/{accountId}/envelopes")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class DocuSignResource {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+");

    private final DocuSignSettings settings;
    private final DocuSignStore store;
    private final CallRecord record;

    public DocuSignResource(DocuSignSettings settings, DocuSignStore store, CallRecord record) {
        this.settings = settings;
        this.store = store;
        this.record = record;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("accountId") String accountId, @HeaderParam("Authorization") String authorization,
            JsonNode body) {
        Response refused = refused(accountId, authorization);
        if (refused != null) {
            return refused;
        }
        if (body == null || !body.hasNonNull("templateId") && !body.has("documents")) {
            return error(400, "ENVELOPE_IS_INCOMPLETE", "The Envelope is not Complete. A Complete Envelope Requires Documents, "
                    + "Recipients, Tabs, and a Subject Line.");
        }
        String templateId = body.path("templateId").asText();
        if (!settings.templateIds().contains(templateId)) {
            return error(400, "TEMPLATE_ID_INVALID", "Invalid template ID.");
        }
        String status = body.path("status").asText("created");
        if (!status.equals("sent") && !status.equals("created")) {
            return error(400, "INVALID_ENVELOPE_STATUS", "Invalid envelope status: " + status + ".");
        }
        JsonNode role = null;
        for (JsonNode candidate : body.path("templateRoles")) {
            if (settings.templateRole().equals(candidate.path("roleName").asText())) {
                role = candidate;
            }
        }
        if (role == null) {
            return error(400, "ENVELOPE_IS_INCOMPLETE", "The template role '" + settings.templateRole() + "' has no recipient.");
        }
        if (role.path("name").asText().isBlank()) {
            return error(400, "INVALID_USERNAME_FOR_RECIPIENT", "The user name for the recipient is invalid.");
        }
        if (!EMAIL.matcher(role.path("email").asText()).matches()) {
            return error(400, "INVALID_EMAIL_ADDRESS_FOR_RECIPIENT", "The email address for the recipient is invalid.");
        }
        Map<String, String> customFields = new LinkedHashMap<>();
        for (JsonNode field : body.path("customFields").path("textCustomFields")) {
            customFields.put(field.path("name").asText(), field.path("value").asText());
        }
        DocuSignStore.Envelope envelope = store.add(templateId, settings.templateRole(), role.path("name").asText(),
                role.path("email").asText(), body.path("emailSubject").asText("Please sign"), customFields, status);
        record.add("docusign", "create-envelope", envelope.envelopeId, Map.of("templateId", templateId,
                "signerName", envelope.signerName, "signerEmail", envelope.signerEmail, "status", status,
                "customFields", customFields));
        return Response.status(201).entity(Map.of("envelopeId", envelope.envelopeId, "uri", "/envelopes/" + envelope.envelopeId,
                "statusDateTime", envelope.created.toString(), "status", status)).build();
    }

    /**
     * listStatusChanges: envelopes changed since {@code from_date} (required, as DocuSign requires it without
     * envelope_ids / transaction_ids); {@code status} (comma separated) keeps those in one of the statuses;
     * {@code custom_field=name=value} those with that text custom field; {@code search_text} those whose subject,
     * recipients' names and addresses or custom field values contain the text (ignoring case); {@code include}
     * {@code recipients} and {@code custom_fields} adds them to each envelope.
     */
    @GET
    public Response list(@PathParam("accountId") String accountId, @HeaderParam("Authorization") String authorization,
            @QueryParam("from_date") String fromDate, @QueryParam("custom_field") String customField,
            @QueryParam("status") String status, @QueryParam("search_text") String searchText,
            @QueryParam("include") String include) {
        Response refused = refused(accountId, authorization);
        if (refused != null) {
            return refused;
        }
        if (fromDate == null || fromDate.isBlank()) {
            return error(400, "INVALID_REQUEST_PARAMETER", "The request contained at least one invalid parameter. A value for "
                    + "'from_date', 'envelope_ids', or 'transaction_ids' must be set.");
        }
        Instant from;
        try {
            from = fromDate.length() == 10 ? Instant.parse(fromDate + "T00:00:00Z") : Instant.parse(fromDate);
        } catch (RuntimeException e) {
            return error(400, "INVALID_REQUEST_PARAMETER", "Invalid value for from_date: " + fromDate);
        }
        List<String> statuses = status == null || status.isBlank() || status.equalsIgnoreCase("any") ? List.of()
                : List.of(status.toLowerCase(java.util.Locale.ROOT).split(","));
        List<String> included = include == null ? List.of() : List.of(include.split(","));
        String[] filter = customField == null ? null : customField.split("=", 2);
        List<Map<String, Object>> found = new ArrayList<>();
        for (DocuSignStore.Envelope envelope : store.all()) {
            Instant changed = envelope.completed != null ? envelope.completed : envelope.created;
            boolean matches = !changed.isBefore(from) && (filter == null
                    || (filter.length == 2 && filter[1].equals(envelope.customFields.get(filter[0]))))
                    && (statuses.isEmpty() || statuses.contains(envelope.status))
                    && (searchText == null || searchText.isBlank() || mentions(envelope, searchText));
            if (matches) {
                Map<String, Object> summary = summary(envelope);
                if (included.contains("recipients")) {
                    summary.put("recipients", Map.of("signers", List.of(Map.of("recipientId", "1", "roleName", envelope.roleName,
                            "name", envelope.signerName, "email", envelope.signerEmail,
                            "status", envelope.completed != null ? "completed" : "sent"))));
                }
                if (included.contains("custom_fields")) {
                    List<Map<String, String>> text = new ArrayList<>();
                    envelope.customFields.forEach((name, value) -> text.add(Map.of("name", name, "value", value)));
                    summary.put("customFields", Map.of("textCustomFields", text));
                }
                found.add(summary);
            }
        }
        return Response.ok(Map.of("resultSetSize", String.valueOf(found.size()), "totalSetSize", String.valueOf(found.size()),
                "startPosition", "0", "endPosition", String.valueOf(Math.max(0, found.size() - 1)), "envelopes", found)).build();
    }

    private static boolean mentions(DocuSignStore.Envelope envelope, String text) {
        String wanted = text.toLowerCase(java.util.Locale.ROOT);
        List<String> searched = new ArrayList<>(List.of(envelope.emailSubject, envelope.signerName, envelope.signerEmail));
        searched.addAll(envelope.customFields.values());
        return searched.stream().anyMatch(value -> value != null && value.toLowerCase(java.util.Locale.ROOT).contains(wanted));
    }

    /** EnvelopeTemplates: the templates an envelope was created from (the search cannot filter by template). */
    @GET
    @Path("/{envelopeId}/templates")
    public Response templates(@PathParam("accountId") String accountId, @HeaderParam("Authorization") String authorization,
            @PathParam("envelopeId") String envelopeId) {
        Response refused = refused(accountId, authorization);
        if (refused != null) {
            return refused;
        }
        return store.find(envelopeId).map(envelope -> Response.ok(Map.of("templates", envelope.templateId == null ? List.of()
                : List.of(Map.of("templateId", envelope.templateId, "name", envelope.templateId, "documentId", "1",
                        "applied", "true")))).build())
                .orElse(error(404, "ENVELOPE_DOES_NOT_EXIST", "The envelope specified either does not exist or you have no "
                        + "rights to the envelope."));
    }

    @GET
    @Path("/{envelopeId}")
    public Response get(@PathParam("accountId") String accountId, @HeaderParam("Authorization") String authorization,
            @PathParam("envelopeId") String envelopeId) {
        Response refused = refused(accountId, authorization);
        if (refused != null) {
            return refused;
        }
        return store.find(envelopeId).map(envelope -> Response.ok(summary(envelope)).build())
                .orElse(error(404, "ENVELOPE_DOES_NOT_EXIST", "The envelope specified either does not exist or you have no "
                        + "rights to the envelope."));
    }

    static Map<String, Object> summary(DocuSignStore.Envelope envelope) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("envelopeId", envelope.envelopeId);
        summary.put("status", envelope.status);
        summary.put("emailSubject", envelope.emailSubject);
        summary.put("templateId", envelope.templateId);
        summary.put("createdDateTime", envelope.created.toString());
        summary.put("statusChangedDateTime", (envelope.completed != null ? envelope.completed : envelope.created).toString());
        if (envelope.completed != null) {
            summary.put("completedDateTime", envelope.completed.toString());
        }
        return summary;
    }

    private Response refused(String accountId, String authorization) {
        if (!store.validToken(authorization)) {
            return error(401, "USER_AUTHENTICATION_FAILED", "One or both of Username and Password are invalid. Invalid access token");
        }
        if (!settings.accountId().equals(accountId)) {
            return error(400, "USER_LACKS_MEMBERSHIP", "The UserID does not have a valid membership in this Account.");
        }
        return null;
    }

    private static Response error(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("errorCode", code, "message", message)).build();
    }
}
