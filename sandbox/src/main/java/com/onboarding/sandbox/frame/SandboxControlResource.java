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

/** Inspection and control of the sandbox, for tests and the demo: the record of writes, and fault injection. */
@Path("/sandbox")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class SandboxControlResource {

    private final CallRecord record;
    private final Faults faults;

    public SandboxControlResource(CallRecord record, Faults faults) {
        this.record = record;
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

    @DELETE
    @Path("/faults")
    public void clearFaults() {
        faults.clear();
    }
}
