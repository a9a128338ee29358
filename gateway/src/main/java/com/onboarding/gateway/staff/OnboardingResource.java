package com.onboarding.gateway.staff;

import com.onboarding.gateway.intake.Intake;
import com.onboarding.gateway.onboarding.Onboarding;
import com.onboarding.gateway.onboarding.OnboardingChanged;
import com.onboarding.gateway.onboarding.OnboardingChanges;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The staff API: onboardings as checklists, and the actions of a person in the procedure. Roles: {@code staff}
 * works onboardings, {@code operator} reads them, {@code admin} everything.
 */
@Path("/api/onboardings")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class OnboardingResource {

    /** The RMM setup confirmation: the date the service actually began, never assumed, and the evidence. */
    public record RmmSetup(LocalDate serviceStart, String ticketNumber, String note) {
    }

    /** A confirmation's evidence: the Autotask ticket number that records the work and/or a note. */
    public record Confirmation(String ticketNumber, String note) {
    }

    public record Skip(String reason) {
    }

    public record GoLive(LocalDate goLiveDate) {
    }

    private final Checklists checklists;
    private final Intake intake;
    private final StaffActions actions;
    private final SecurityIdentity identity;
    private final OnboardingChanges changes;

    public OnboardingResource(Checklists checklists, Intake intake, StaffActions actions, SecurityIdentity identity,
            OnboardingChanges changes) {
        this.changes = changes;
        this.checklists = checklists;
        this.intake = intake;
        this.actions = actions;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({"staff", "operator", "admin"})
    @Transactional
    @Operation(summary = "Onboardings with their checklists, newest first, one page (header X-Total-Count: how many match). "
            + "Filters: customer (part of the name), status, service (part of its name), since (started on/after), "
            + "waiting=true, attention=true; q searches customer, onboarding id and contact e-mail; "
            + "sort=started|customer|status|progress, order=asc|desc, page (from 0), size (default 50, at most 500)")
    public RestResponse<List<OnboardingView>> list(@QueryParam("customer") String customer, @QueryParam("status") String status,
            @QueryParam("since") LocalDate since, @QueryParam("service") String service, @QueryParam("waiting") boolean waiting,
            @QueryParam("attention") boolean attention, @QueryParam("q") String search, @QueryParam("sort") String sort,
            @QueryParam("order") String order, @QueryParam("page") int page, @QueryParam("size") int size) {
        BoardQuery query = new BoardQuery(customer, status, service, since, waiting, attention, search, sort,
                "asc".equalsIgnoreCase(order), page, size);
        Page<Onboarding> found = page(query);
        return RestResponse.ResponseBuilder.ok(checklists.views(found.rows())).header(TOTAL, found.total()).build();
    }

    /** The header that says how many onboardings match, of which the answer is one page. */
    public static final String TOTAL = "X-Total-Count";

    public record Page<T>(List<T> rows, long total) {
    }

    /** One page of the onboardings the query asks for, filtered, sorted and paged by the database. */
    public static Page<Onboarding> page(BoardQuery query) {
        BoardQuery.Where where = query.where();
        Object[] parameters = where.parameters().toArray();
        List<Onboarding> rows = Onboarding.<Onboarding>find(query.hql(), parameters).page(query.page(), query.size()).list();
        long total = where.clause().isEmpty() ? Onboarding.count() : Onboarding.count(where.clause(), parameters);
        return new Page<>(rows, total);
    }

    @GET
    @Path("/changes")
    @RolesAllowed({"staff", "operator", "admin"})
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live stream (SSE) of 'onboarding-changed' events {onboardingId, step, status}, sent once the "
            + "gateway's projection of an onboarding committed a change (step and status null: its timeline changed)")
    public Multi<OutboundSseEvent> changes(@Context Sse sse) {
        return changes.stream().map(change -> sse.newEventBuilder().name("onboarding-changed")
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(OnboardingChanged.class, change).build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"staff", "operator", "admin"})
    @Transactional
    @Operation(summary = "One onboarding: its checklist of every step and its event timeline")
    public OnboardingView get(@PathParam("id") String id) {
        return checklists.view(existing(id), true);
    }

    @POST
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "Start an onboarding by hand (a paper contract): the envelope's fields, same validation")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(Map<String, String> fields) {
        String id = "manual-" + UUID.randomUUID();
        intake.receive(id, "manual", null, fields);
        actions.audit(actor(), "start-onboarding", id, String.valueOf(fields.keySet()), "started");
        return Response.status(201).entity(Map.of("id", id)).build();
    }

    @POST
    @Path("/{id}/terms")
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "Complete or correct missing intake terms (field name -> value, as on the envelope)")
    @Consumes(MediaType.APPLICATION_JSON)
    public OnboardingView completeTerms(@PathParam("id") String id, Map<String, String> fields) {
        existing(id);
        intake.completeTerms(id, fields);
        actions.audit(actor(), "complete-terms", id, String.valueOf(fields.keySet()), "terms updated");
        return view(id);
    }

    @POST
    @Path("/{id}/terms-and-conditions")
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "Record that the customer's signed general consulting T&C agreement is on file")
    public OnboardingView termsAndConditions(@PathParam("id") String id) {
        existing(id);
        intake.termsAndConditionsReceived(id);
        actions.audit(actor(), "terms-and-conditions-on-file", id, null, "recorded");
        return view(id);
    }

    @POST
    @Path("/{id}/rmm-setup")
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "Confirm the RMM technical setup is done, with the date the service actually began (required,"
            + " never assumed) and evidence: the Autotask ticket number and/or a note")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response confirmRmmSetup(@PathParam("id") String id, RmmSetup body) {
        if (body == null || body.serviceStart() == null) {
            throw new InvalidRequest("serviceStart (yyyy-mm-dd) is required: the date the RMM service actually began,"
                    + " which the procedure says never to assume");
        }
        actions.confirmRmmSetup(id, body.serviceStart(), Evidence.of(body.ticketNumber(), body.note()), actor());
        return Response.accepted().build();
    }

    @PUT
    @Path("/{id}/go-live")
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "Set or change the go-live date")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setGoLive(@PathParam("id") String id, GoLive body) {
        if (body == null || body.goLiveDate() == null) {
            throw new IllegalArgumentException("goLiveDate (yyyy-mm-dd) is required");
        }
        actions.setGoLive(id, body.goLiveDate(), actor());
        return Response.accepted().build();
    }

    @POST
    @Path("/{id}/steps/{step}/retry")
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "Retry a FAILED or NEEDS_ATTENTION step (409 in any other status)")
    public Response retry(@PathParam("id") String id, @PathParam("step") String step) {
        actions.retry(id, step, actor());
        return Response.accepted().build();
    }

    @POST
    @Path("/{id}/steps/{step}/confirm")
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "Confirm that a person did a step WAITING_FOR_PERSON, with evidence: the Autotask ticket number"
            + " and/or a note (422 without valid evidence, 409 for a step not waiting for a person)")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response confirm(@PathParam("id") String id, @PathParam("step") String step, Confirmation body) {
        Evidence evidence = body == null ? Evidence.of(null, null) : Evidence.of(body.ticketNumber(), body.note());
        actions.confirm(id, step, evidence, actor());
        return Response.accepted().build();
    }

    @POST
    @Path("/{id}/steps/{step}/skip")
    @RolesAllowed("admin")
    @Operation(summary = "Skip a step that is not finished, with the reason (admins only; not the intake steps)")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response skip(@PathParam("id") String id, @PathParam("step") String step, Skip body) {
        actions.skip(id, step, body == null ? null : body.reason(), actor());
        return Response.accepted().build();
    }

    @GET
    @Path("/audit")
    @RolesAllowed({"staff", "operator", "admin"})
    @Transactional
    @Operation(summary = "The audit log of staff actions, newest first; filter by onboarding, actor, action (each exact), "
            + "text (part of the detail or result); at most limit entries (default 200, at most 1000)")
    public List<AuditEntry> audit(@QueryParam("onboarding") String onboarding, @QueryParam("actor") String actor,
            @QueryParam("action") String action, @QueryParam("text") String text, @QueryParam("limit") int limit) {
        return AuditEntry.search(onboarding, actor, action, text, limit);
    }

    @Transactional
    OnboardingView view(String id) {
        return checklists.view(existing(id), true);
    }

    private static Onboarding existing(String id) {
        Onboarding onboarding = Onboarding.findById(id);
        if (onboarding == null) {
            throw new NotFoundException("No onboarding " + id);
        }
        return onboarding;
    }

    private String actor() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }
}
