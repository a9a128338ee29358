package com.onboarding.sandbox.frame;

import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/**
 * Inspection and control of the sandbox, for tests, the demo and the bench: the record of writes, the log of every
 * request (reads included) with counts per onboarding, and fault injection.
 */
@Path("/sandbox")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class SandboxControlResource {

    private final CallRecord record;
    private final RequestLog requests;
    private final Faults faults;

    public SandboxControlResource(CallRecord record, RequestLog requests, Faults faults) {
        this.record = record;
        this.requests = requests;
        this.faults = faults;
    }

    /** Every accepted write, in order; {@code api} filters by simulator (autotask, graph, datto-rmm, ...). */
    @GET
    @Path("/record")
    public List<CallRecord.Entry> record(@QueryParam("api") String api) {
        return record.entries(api);
    }

    @DELETE
    @Path("/record")
    public void clearRecord() {
        record.clear();
    }

    /** Every request received, in order; {@code api} (autotask, graph, itglue, ...) and {@code onboarding} filter. */
    @GET
    @Path("/requests")
    public List<RequestLog.Request> requests(@QueryParam("api") String api, @QueryParam("onboarding") String onboarding) {
        return requests.requests(api, onboarding);
    }

    /**
     * The requests each onboarding sent to {@code api}: {@code calls} all, {@code unchangedRereads} reads repeated with
     * the same answer (polling while nothing changed), {@code counted} the rest (e.g. the Autotask calls per onboarding).
     */
    @GET
    @Path("/requests/counts")
    public Map<String, RequestLog.Counts> requestCounts(@QueryParam("api") String api) {
        return requests.countsByOnboarding(api);
    }

    @DELETE
    @Path("/requests")
    public void clearRequests() {
        requests.clear();
    }

    /** Arms a fault, e.g. {@code {"pathContains":"/Contracts","status":429,"retryAfterSeconds":1,"times":2}}. */
    @POST
    @Path("/faults")
    public void addFault(Fault fault) {
        faults.add(fault);
    }

    /** How many faults are armed, and how many requests (or answers) a fault holds right now. */
    @GET
    @Path("/faults")
    public java.util.Map<String, Integer> faults() {
        return java.util.Map.of("armed", faults.armed(), "held", faults.held());
    }

    /** How many requests each kind of fault affected since the faults were last cleared, e.g. {@code {"429": 12, "slow": 9}}. */
    @GET
    @Path("/faults/injected")
    public java.util.Map<String, Integer> injectedFaults() {
        return faults.injected();
    }

    @DELETE
    @Path("/faults")
    public void clearFaults() {
        faults.clear();
    }
}
