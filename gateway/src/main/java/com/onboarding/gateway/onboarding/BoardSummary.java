package com.onboarding.gateway.onboarding;

import com.onboarding.events.AgreementTerms;
import com.onboarding.events.Contact;
import com.onboarding.events.EventJson;
import com.onboarding.events.SignedService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/** Keeps each onboarding's board summary (status, progress, services, e-mails) in step with its checklist. */
@ApplicationScoped
public class BoardSummary {

    private static final Logger LOG = Logger.getLogger(BoardSummary.class);
    private static final int BATCH = 500;

    /** Recomputes the summary of one onboarding, in the caller's transaction. */
    public void refresh(String onboardingId) {
        Onboarding onboarding = Onboarding.findById(onboardingId);
        if (onboarding != null) {
            refresh(onboarding, OnboardingStep.<OnboardingStep>list("key.onboardingId", onboardingId));
        }
    }

    static void refresh(Onboarding onboarding, List<OnboardingStep> steps) {
        OnboardingStatus.Summary summary = OnboardingStatus.of(steps.stream()
                .collect(Collectors.toMap(step -> step.key.step(), step -> step.status, (a, b) -> b)));
        onboarding.status = summary.status();
        onboarding.stepsDone = summary.stepsDone();
        onboarding.waitingForPerson = summary.waitingForPerson();
        onboarding.needsAttention = summary.needsAttention();
        summariseTerms(onboarding);
        onboarding.summarised = true;
    }

    static void summariseTerms(Onboarding onboarding) {
        AgreementTerms terms = terms(onboarding.terms);
        if (terms != null) {
            onboarding.customerKind = terms.customerKind() == null ? null : terms.customerKind().name();
            onboarding.services = terms.services().stream().map(BoardSummary::serviceName).collect(Collectors.joining(", "));
            onboarding.emails = Stream.concat(terms.reportRecipients().stream(), terms.reminderRecipients().stream())
                    .map(Contact::email).filter(email -> email != null && !email.isBlank())
                    .map(email -> email.trim().toLowerCase(Locale.ROOT)).distinct().collect(Collectors.joining(" "));
        }
    }

    /** The services as a person reads them on the board, e.g. "Tier 2 RMM (workstation)". */
    public static String serviceName(SignedService service) {
        String name = service.name() == null || service.name().isBlank() ? service.kind().name() : service.name();
        return service.deviceKind() == null ? name : name + " (" + service.deviceKind().name().toLowerCase(Locale.ROOT) + ")";
    }

    public static AgreementTerms terms(String json) {
        if (json == null) {
            return null;
        }
        try {
            return EventJson.mapper().readValue(json, AgreementTerms.class);
        } catch (Exception e) {
            return null; // an unreadable old row shows no services rather than breaking the board
        }
    }

    /** Onboardings stored before the summary existed (or whose first step was not projected yet) get one now. */
    void summariseOld(@Observes StartupEvent start) {
        int total = 0;
        int done;
        while ((done = summariseBatch()) > 0) {
            total += done;
        }
        if (total > 0) {
            LOG.infof("Board summary computed for %d onboardings", total);
        }
    }

    @Transactional
    int summariseBatch() {
        List<Onboarding> batch = Onboarding.<Onboarding>find("summarised = false").page(0, BATCH).list();
        if (batch.isEmpty()) {
            return 0;
        }
        Map<String, List<OnboardingStep>> steps = OnboardingStep.<OnboardingStep>list("key.onboardingId in ?1",
                batch.stream().map(o -> o.id).toList()).stream().collect(Collectors.groupingBy(step -> step.key.onboardingId()));
        batch.forEach(onboarding -> refresh(onboarding, steps.getOrDefault(onboarding.id, List.of())));
        return batch.size();
    }
}
