package com.onboarding.gateway.web;

import com.onboarding.events.AgreementTerms;
import com.onboarding.gateway.GatewaySteps;
import com.onboarding.gateway.onboarding.BoardSummary;
import com.onboarding.gateway.onboarding.Onboarding;
import com.onboarding.gateway.staff.BoardQuery;
import com.onboarding.gateway.staff.OnboardingResource;
import com.onboarding.gateway.staff.OnboardingView;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The web page's onboardings board: the staff API's list (same filters, same order) with the services each customer
 * signed, read from the stored agreement terms.
 */
@Path("/api/board")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class BoardResource {

    public record Row(String id, String accountName, String customerKind, List<String> services, String source,
            String status, int stepsDone, int stepsTotal, OffsetDateTime createdAt, List<String> problems) {
    }

    private final OnboardingResource onboardings;

    public BoardResource(OnboardingResource onboardings) {
        this.onboardings = onboardings;
    }

    @GET
    @RolesAllowed({"staff", "operator", "admin"})
    @Transactional
    @Operation(summary = "One page of the board, newest first, with services; filters, search, sort and paging as "
            + "GET /api/onboardings (header X-Total-Count: how many match); two queries, however many onboardings")
    public RestResponse<List<Row>> list(@QueryParam("customer") String customer, @QueryParam("status") String status,
            @QueryParam("since") LocalDate since, @QueryParam("service") String service, @QueryParam("waiting") boolean waiting,
            @QueryParam("attention") boolean attention, @QueryParam("q") String search, @QueryParam("sort") String sort,
            @QueryParam("order") String order, @QueryParam("page") int page, @QueryParam("size") int size) {
        OnboardingResource.Page<Onboarding> found = OnboardingResource.page(new BoardQuery(customer, status, service, since,
                waiting, attention, search, sort, "asc".equalsIgnoreCase(order), page, size));
        return RestResponse.ResponseBuilder.ok(found.rows().stream().map(BoardResource::row).toList())
                .header(OnboardingResource.TOTAL, found.total()).build();
    }

    /** A row from the onboarding's stored summary. */
    static Row row(Onboarding o) {
        return new Row(o.id, o.accountName, o.customerKind,
                o.services == null || o.services.isBlank() ? List.of() : List.of(o.services.split(", ")), o.source, o.status,
                o.stepsDone, GatewaySteps.TOTAL, o.createdAt,
                o.problems == null ? List.of() : Arrays.asList(o.problems.split("\n")));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"staff", "operator", "admin"})
    @Transactional
    @Operation(summary = "One onboarding's board row (customer, services, status, progress)")
    public Row one(@PathParam("id") String id) {
        OnboardingView view = onboardings.get(id);
        Onboarding onboarding = Onboarding.findById(id);
        return row(view, onboarding == null ? null : terms(onboarding.terms));
    }

    static Row row(OnboardingView view, AgreementTerms terms) {
        return new Row(view.id(), view.accountName(), terms == null || terms.customerKind() == null ? null : terms.customerKind().name(),
                ServiceNames.of(terms), view.source(), view.status(), view.stepsDone(), view.stepsTotal(), view.createdAt(),
                view.problems());
    }

    private static AgreementTerms terms(String json) {
        return BoardSummary.terms(json);
    }
}
