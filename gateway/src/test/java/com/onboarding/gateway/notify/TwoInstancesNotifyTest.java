package com.onboarding.gateway.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.events.steps.StepIds;
import com.onboarding.testsupport.RealInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two gateway instances e-mail staff from one notification table: while one instance is sending occurrences (its
 * transaction holds them until its e-mail went out and they are marked sent), the other one's send finds none of
 * them, so nobody is told twice. Through a real SMTP server; this JVM's own scheduled send runs hourly here.
 */
@QuarkusTest
@TestProfile(TwoInstancesNotifyTest.WithSmtpHourly.class)
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class TwoInstancesNotifyTest {

    public static class WithSmtpHourly implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(HourlySmtpServer.class));
        }
    }

    public static class HourlySmtpServer extends SmtpServer {
        @Override
        public Map<String, String> start() {
            Map<String, String> config = new HashMap<>(super.start());
            config.put("gateway.notifications.interval", "1h");
            return config;
        }
    }

    @Inject
    Notifier notifier;

    @Test
    void occurrences_another_instance_is_sending_are_not_sent_again() throws Exception {
        String onboarding = "two-notifiers-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> Notification.occurred(onboarding, StepIds.CONTRACT_SETUP_FEE,
                "NEEDS_ATTENTION", "The setup fee charge is 100.00, not 249.50.", OffsetDateTime.now()));

        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch mailSent = new CountDownLatch(1);
        CompletableFuture<Integer> firstInstance = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew()
                .call(() -> {
                    List<Notification> sending = Notification.takeUnsent(100);
                    taken.countDown();
                    mailSent.await(30, TimeUnit.SECONDS); // its e-mail going out
                    OffsetDateTime now = OffsetDateTime.now();
                    sending.forEach(n -> n.sentAt = now);
                    return (int) sending.stream().filter(n -> n.onboardingId.equals(onboarding)).count();
                }));
        assertThat(taken.await(30, TimeUnit.SECONDS)).isTrue();

        QuarkusTransaction.requiringNew().run(notifier::sendPending); // the second instance, meanwhile
        mailSent.countDown();

        assertThat(firstInstance.get(30, TimeUnit.SECONDS)).as("the first instance took the occurrence").isEqualTo(1);
        assertThat(mailsAbout(onboarding)).as("the second instance sent nothing of what the first was sending").isEmpty();
        QuarkusTransaction.requiringNew().run(notifier::sendPending);
        assertThat(mailsAbout(onboarding)).as("and nothing later: it was marked sent").isEmpty();
    }

    private static List<?> mailsAbout(String onboarding) {
        return Arrays.stream(SmtpServer.server.getReceivedMessages()).filter(m -> {
            try {
                return String.valueOf(m.getContent()).contains(onboarding);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }
}
