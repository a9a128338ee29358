package com.onboarding.reminder.delivery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.onboarding.clients.http.ResilientCaller;
import com.onboarding.clients.http.RetryPolicy;
import com.onboarding.events.EventJson;
import com.onboarding.reminder.ReminderConfig;
import com.onboarding.reminder.rules.Ampersands;
import com.onboarding.reminder.rules.EmailAddress;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Registers a reminder with the HTTP-triggered flow. The flow has no idempotency of its own, so every registration
 * carries our reminder id and revision, which the flow de-duplicates on: a retry after a lost answer registers
 * nothing twice. 429/5xx are retried honouring Retry-After.
 */
@ApplicationScoped
public class PowerAutomate {

    private static final Logger LOG = Logger.getLogger(PowerAutomate.class);

    private final ReminderConfig config;
    private final ResilientCaller caller = new ResilientCaller("Power Automate",
            new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(20), Duration.ofMinutes(2)),
            duration -> Thread.sleep(duration.toMillis()), e -> false);
    private volatile PowerAutomateApi api;
    private volatile Map<String, String> query;

    public PowerAutomate(ReminderConfig config) {
        this.config = config;
    }

    public void register(String reminderId, int revision, String subject, List<String> bcc, String textTemplate) {
        ObjectNode body = EventJson.mapper().createObjectNode()
                .put("reminderId", reminderId)
                .put("revision", revision)
                .put("subject", Ampersands.rewrite(subject))
                .put("from", config.sender())
                .put("to", config.sender())
                .put("textTemplate", textTemplate)
                .put("sendAt", config.schedule().time());
        bcc.forEach(address -> body.withArray("bcc").add(EmailAddress.strict(Ampersands.address(address))));
        config.schedule().days().forEach(day -> body.withArray("days").add(day));
        if (body.toString().contains("&")) {
            throw new IllegalStateException("A reminder registration would contain an ampersand");
        }
        api();
        caller.call("register reminder " + reminderId, () -> api().invoke(query, body));
        LOG.infof("Power Automate: reminder %s revision %d registered (%d BCC)", reminderId, revision, bcc.size());
    }

    private PowerAutomateApi api() {
        if (api == null) {
            URI url = URI.create(config.powerAutomate().url());
            Map<String, String> params = new LinkedHashMap<>();
            for (String pair : String.valueOf(url.getRawQuery()).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            query = params;
            api = QuarkusRestClientBuilder.newBuilder()
                    .baseUri(URI.create(url.getScheme() + "://" + url.getRawAuthority() + url.getRawPath()))
                    .connectTimeout(10, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS).build(PowerAutomateApi.class);
        }
        return api;
    }
}
