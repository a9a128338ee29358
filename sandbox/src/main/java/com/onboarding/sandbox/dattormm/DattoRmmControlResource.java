package com.onboarding.sandbox.dattormm;

import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** Seeds a Datto RMM site as the RMM technical setup would create it, and lists the sites (tests and the demo). */
@Path("/sandbox/datto-rmm/sites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Blocking
public class DattoRmmControlResource {

    public record SiteSeed(String name, Long autotaskCompanyId) {
    }

    private final DattoRmmStore store;

    public DattoRmmControlResource(DattoRmmStore store) {
        this.store = store;
    }

    @POST
    public Map<String, Object> seed(SiteSeed seed) {
        return store.seedSite(seed.name(), seed.autotaskCompanyId());
    }

    @GET
    public List<Map<String, Object>> sites() {
        return store.sites();
    }
}
