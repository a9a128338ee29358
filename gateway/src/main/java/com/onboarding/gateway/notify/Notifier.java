package com.onboarding.gateway.notify;

import com.onboarding.gateway.onboarding.Onboarding;
import com.onboarding.gateway.onboarding.OnboardingStep;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Tells staff by e-mail of what needs them: every interval, the occurrences recorded since the last e-mail (steps
 * that became NEEDS_ATTENTION or FAILED, recorded by the projection; steps waiting for a person too long, found
 * here) in one message. An occurrence is sent once: it is marked sent in the transaction that read it, which holds
 * it locked meanwhile, so another gateway instance sending at the same moment skips it.
 */
@ApplicationScoped
public class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class);

    private final NotificationsConfig config;
    private final Mailer mailer;

    public Notifier(NotificationsConfig config, Mailer mailer) {
        this.config = config;
        this.mailer = mailer;
    }

    @Scheduled(every = "${gateway.notifications.interval:5m}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tell() {
        QuarkusTransaction.requiringNew().run(this::findWaitingTooLong);
        if (config.to().map(List::isEmpty).orElse(true)) {
            return;
        }
        QuarkusTransaction.requiringNew().run(this::sendPending);
    }

    void findWaitingTooLong() {
        OffsetDateTime before = OffsetDateTime.now().minus(config.waitingLongerThan());
        for (OnboardingStep step : OnboardingStep.<OnboardingStep>list("status = 'WAITING_FOR_PERSON' and statusSince < ?1", before)) {
            Notification.occurred(step.key.onboardingId(), step.key.step(), Notification.WAITING_TOO_LONG, step.message,
                    step.statusSince);
        }
    }

    void sendPending() {
        List<Notification> pending = Notification.takeUnsent(config.maxPerMail()); // another instance's skipped
        if (pending.isEmpty()) {
            return;
        }
        Map<String, Onboarding> onboardings = Onboarding.<Onboarding>list("id in ?1",
                pending.stream().map(n -> n.onboardingId).distinct().toList()).stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
        List<NotificationText.Occurrence> occurrences = pending.stream().map(n -> new NotificationText.Occurrence(n.onboardingId,
                onboardings.containsKey(n.onboardingId) ? onboardings.get(n.onboardingId).accountName : null, n.step, n.kind,
                n.message)).toList();
        Mail mail = Mail.withText(config.to().orElseThrow().get(0), NotificationText.subject(occurrences),
                NotificationText.body(occurrences, config.pageUrl())).setFrom(config.from())
                .setTo(config.to().orElseThrow());
        mailer.send(mail); // a failure rolls back: the same occurrences are sent with the next try
        OffsetDateTime now = OffsetDateTime.now();
        pending.forEach(n -> n.sentAt = now);
        LOG.infof("Told %s of %d occurrence(s)", config.to().orElseThrow(), pending.size());
    }
}
