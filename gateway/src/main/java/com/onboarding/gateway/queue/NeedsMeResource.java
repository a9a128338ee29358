package com.onboarding.gateway.queue;

import com.onboarding.events.steps.Step;
import com.onboarding.events.steps.StepIds;
import com.onboarding.gateway.onboarding.Onboarding;
import com.onboarding.gateway.onboarding.OnboardingStep;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** "Needs me": every step that waits for a person or needs attention, oldest first. */
@Path("/api/needs-me")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class NeedsMeResource {

    static final List<String> STATUSES = List.of("WAITING_FOR_PERSON", "NEEDS_ATTENTION", "FAILED");

    /**
     * @param waitingSince  since when the step has had this status
     * @param waitedSeconds how long it has waited, when answered
     * @param action        what the person does next
     * @param assignedTo    the person or queue meant
     */
    public record Item(String onboardingId, String accountName, String step, String section, String status,
            String message, OffsetDateTime waitingSince, long waitedSeconds, String action, String assignedTo) {
    }

    private final NeedsMeConfig config;

    public NeedsMeResource(NeedsMeConfig config) {
        this.config = config;
    }

    @GET
    @RolesAllowed({"staff", "operator", "admin"})
    @Transactional
    @Operation(summary = "Every step waiting for a person, needing attention or failed, oldest first, with how long it "
            + "has waited, the action it needs and who it is assigned to; status= narrows to one status, assignee= to one "
            + "person or queue; at most limit items (default 200, at most 1000)")
    public List<Item> list(@QueryParam("status") String status, @QueryParam("assignee") String assignee,
            @QueryParam("limit") int limit) {
        List<String> statuses = status == null || status.isBlank() ? STATUSES : List.of(status.trim().toUpperCase());
        List<Object[]> rows = OnboardingStep.getEntityManager().createQuery(
                "select s, o from OnboardingStep s, Onboarding o where o.id = s.key.onboardingId and s.status in ?1 "
                        + "order by coalesce(s.statusSince, s.updatedAt), o.id", Object[].class)
                .setParameter(1, statuses).setMaxResults(limit <= 0 ? 200 : Math.min(limit, 1000)).getResultList();
        Map<String, String> technicians = technicians(rows);
        OffsetDateTime now = OffsetDateTime.now();
        return rows.stream().map(row -> {
            OnboardingStep step = (OnboardingStep) row[0];
            Onboarding onboarding = (Onboarding) row[1];
            OffsetDateTime since = step.statusSince == null ? step.updatedAt : step.statusSince;
            String stepId = step.key.step();
            return new Item(onboarding.id, onboarding.accountName, stepId,
                    Step.byId(stepId).map(s -> s.section().title()).orElse(null), step.status, step.message, since,
                    Math.max(0, Duration.between(since, now).toSeconds()), NeedsAction.of(stepId, step.status),
                    NeedsAction.assignee(stepId, technicians.get(onboarding.id), config.queues(), config.defaultQueue()));
        }).filter(item -> assignee == null || assignee.isBlank() || item.assignedTo().equalsIgnoreCase(assignee.trim())).toList();
    }

    /** The backup technician's assignment message of the onboardings whose backup checklist waits (one query). */
    private static Map<String, String> technicians(List<Object[]> rows) {
        List<String> waitingBackups = rows.stream().map(row -> (OnboardingStep) row[0])
                .filter(step -> StepIds.BACKUP_DONE.equals(step.key.step())).map(step -> step.key.onboardingId()).toList();
        if (waitingBackups.isEmpty()) {
            return Map.of();
        }
        return OnboardingStep.<OnboardingStep>list("key.step = ?1 and key.onboardingId in ?2", StepIds.BACKUP_ASSIGN,
                waitingBackups).stream().filter(step -> step.message != null)
                .collect(Collectors.toMap(step -> step.key.onboardingId(), step -> step.message));
    }
}
