package com.onboarding.gateway.web;

import com.onboarding.events.AgreementTerms;
import com.onboarding.events.EventJson;
import com.onboarding.gateway.onboarding.Onboarding;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

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
    @Operation(summary = "Onboardings for the board, newest first, with their services; filters as GET /api/onboardings")
    public List<Row> list(@QueryParam("customer") String customer, @QueryParam("status") String status,
            @QueryParam("since") LocalDate since) {
        List<OnboardingView> views = onboardings.list(customer, status, since);
        if (views.isEmpty()) {
            return List.of();
        }
        Map<String, AgreementTerms> terms = new HashMap<>();
        for (Onboarding onboarding : Onboarding.<Onboarding>list("id in ?1", views.stream().map(OnboardingView::id).toList())) {
            AgreementTerms read = terms(onboarding.terms);
            if (read != null) {
                terms.put(onboarding.id, read);
            }
        }
        return views.stream().map(view -> row(view, terms.get(view.id()))).toList();
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
        if (json == null) {
            return null;
        }
        try {
            return EventJson.mapper().readValue(json, AgreementTerms.class);
        } catch (Exception e) {
            return null; // an unreadable old row shows no services rather than breaking the board
        }
    }
}
