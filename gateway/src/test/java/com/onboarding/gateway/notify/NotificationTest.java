package com.onboarding.gateway.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.onboarding.events.StepChanged;
import com.onboarding.events.StepStatus;
import com.onboarding.gateway.StaffApiTestAccess;
import com.onboarding.testsupport.EventBus;
import com.onboarding.testsupport.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A step that needs attention is told once by e-mail, through a real SMTP server, and never again on redelivery. */
@QuarkusTest
@TestProfile(NotificationTest.WithSmtp.class)
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class NotificationTest {

    public static class WithSmtp implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SmtpServer.class));
        }
    }

    @Test
    void a_step_that_needs_attention_is_one_e_mail_and_a_redelivery_adds_none() throws Exception {
        String onboarding = StaffApiTestAccess.signedOnboarding();
        StepChanged attention = StepChanged.of(onboarding, "contract.setup-fee", "contract-service", StepStatus.NEEDS_ATTENTION,
                1, "The setup fee charge 555 on contract 29684001 is 100.00, not 249.50.");
        String eventId = EventBus.send(attention);

        await().atMost(Duration.ofSeconds(60)).until(() -> mailsAbout(onboarding).size() == 1);
        MimeMessage mail = mailsAbout(onboarding).get(0);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("office@msp.example");
        assertThat(mail.getSubject()).contains("Geek Girls IT").contains("contract.setup-fee").contains("needs attention");
        assertThat((String) mail.getContent()).contains("not 249.50").contains("#/onboardings/" + onboarding);

        EventBus.resend(attention, eventId); // the broker delivers it again
        EventBus.send(attention); // and the owner reports the same status again
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(30)).until(() -> mailsAbout(onboarding).size() == 1);
    }

    private static List<MimeMessage> mailsAbout(String onboarding) {
        return Arrays.stream(SmtpServer.server.getReceivedMessages()).filter(m -> {
            try {
                return String.valueOf(m.getContent()).contains(onboarding);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }
}
