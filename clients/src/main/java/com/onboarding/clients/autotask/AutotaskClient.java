package com.onboarding.clients.autotask;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.onboarding.clients.http.Rejected;
import com.onboarding.clients.http.ResilientCaller;
import com.onboarding.clients.http.RetryPolicy;
import com.onboarding.clients.http.TransientFailure;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * The Autotask PSA REST client every service uses. It finds the tenant's zone once, sends the three auth headers,
 * follows query paging, keeps to the thread limit per object endpoint and to an hourly budget, retries transient
 * failures with backoff honouring Retry-After, opens a circuit when Autotask keeps failing, counts calls per
 * onboarding, and logs every write (never the secret) with the onboarding id.
 */
@ApplicationScoped
public class AutotaskClient {

    private static final Logger LOG = Logger.getLogger(AutotaskClient.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The onboarding a call is made for, sent with every call (Autotask ignores headers it does not know). */
    public static final String ONBOARDING_HEADER = "X-Onboarding-Id";

    private final AutotaskConfig config;
    private final MeterRegistry registry;
    private final ResilientCaller caller;
    private final RequestBudget budget;
    /**
     * Entity metadata (fields, picklists, UDF definitions) and reference data change only when an administrator edits
     * them: read once per {@code autotask.metadata-ttl} instead of on every use.
     */
    private final ExpiringCache<JsonNode> metadata;
    private volatile AutotaskApi api;

    @Inject
    public AutotaskClient(AutotaskConfig config, MeterRegistry registry) {
        this(config, registry, null, System::nanoTime);
    }

    /** With {@code api} (null: the tenant's zone, found on first use) and the clock the metadata ages by. */
    AutotaskClient(AutotaskConfig config, MeterRegistry registry, AutotaskApi api, LongSupplier nanoTime) {
        this.config = config;
        this.registry = registry;
        this.api = api;
        this.metadata = new ExpiringCache<>(config.metadataTtl(), nanoTime);
        this.caller = new ResilientCaller("Autotask", new RetryPolicy(config.retry().maxAttempts(),
                config.retry().initialBackoff(), config.retry().maxBackoff(), Duration.ofMinutes(5)),
                duration -> Thread.sleep(duration.toMillis()), AutotaskClient::isValidationError);
        this.budget = config.sharedBudget().jdbcUrl().isPresent()
                ? SharedRequestBudget.connect(config.sharedBudget(), config)
                : local(config);
    }

    private static RequestBudget local(AutotaskConfig config) {
        LOG.warn("Autotask: autotask.shared-budget.jdbc-url is not set, so this instance keeps a request budget of its own: "
                + "run one instance of one service only, or set it so every service and instance share the tenant's budget");
        return new LocalRequestBudget(config.requestsPerHour(), config.burst(), config.maxConcurrentPerEndpoint());
    }

    @jakarta.annotation.PreDestroy
    void close() {
        budget.close();
    }

    /** Every item matching all filters, following nextPageUrl. */
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 30_000, skipOn = Rejected.class)
    public List<JsonNode> query(String entity, ObjectNode... filters) {
        ObjectNode query = MAPPER.createObjectNode();
        ArrayNode filter = query.putArray("filter");
        for (ObjectNode f : filters) {
            filter.add(f);
        }
        List<JsonNode> items = new ArrayList<>();
        JsonNode page = call(entity, "query", () -> api().query(entity, query, onboarding()));
        while (true) {
            page.path("items").forEach(items::add);
            String next = page.path("pageDetails").path("nextPageUrl").asText(null);
            if (next == null || next.isBlank() || next.equals("null")) {
                return items;
            }
            Map<String, String> params = queryParams(next);
            page = call(entity, "query next page", () -> api().nextPage(entity, params, onboarding()));
        }
    }

    public Optional<JsonNode> findOne(String entity, ObjectNode... filters) {
        return query(entity, filters).stream().findFirst();
    }

    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 30_000, skipOn = Rejected.class)
    public Optional<JsonNode> get(String entity, long id) {
        JsonNode item = call(entity, "get", () -> api().get(entity, id, onboarding())).path("item");
        return item.isMissingNode() || item.isNull() ? Optional.empty() : Optional.of(item);
    }

    /** Creates an item at the entity's root URL; returns its id. */
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 30_000, skipOn = Rejected.class)
    public long create(String entity, ObjectNode item) {
        long id = callOnce(entity, "create", () -> api().create(entity, item, onboarding())).path("itemId").asLong();
        LOG.infof("Autotask: created %s %d for onboarding %s", entity, id, onboarding());
        return id;
    }

    /** Creates a child item through its parent's URL, e.g. Contracts/{id}/Charges; returns its id. */
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 30_000, skipOn = Rejected.class)
    public long createChild(String parent, long parentId, String child, ObjectNode item) {
        String entity = parent + "/" + child;
        long id = callOnce(entity, "create", () -> api().createChild(parent, parentId, child, item, onboarding())).path("itemId").asLong();
        LOG.infof("Autotask: created %s/%d/%s %d for onboarding %s", parent, parentId, child, id, onboarding());
        return id;
    }

    /**
     * Looks up before every attempt to create: a create whose answer was lost (a timeout after Autotask wrote it) is
     * found by the next look-up instead of being made twice. Returns the id of what exists or was created.
     */
    public long createUnlessExists(Supplier<Optional<JsonNode>> lookup, Supplier<Long> create) {
        return createUnlessExists(null, lookup, create);
    }

    /**
     * As {@link #createUnlessExists(Supplier, Supplier)}, when the first look-up was already made by a combined query
     * (one query with an OR or IN filter that looked up several items at once): {@code lookedUp} is its answer for
     * this item, and every later attempt looks up again on its own.
     */
    public long createUnlessExists(Optional<JsonNode> lookedUp, Supplier<Optional<JsonNode>> lookup, Supplier<Long> create) {
        TransientFailure last = null;
        for (int attempt = 1; attempt <= config.retry().maxAttempts(); attempt++) {
            Optional<JsonNode> existing = attempt == 1 && lookedUp != null ? lookedUp : lookup.get();
            if (existing.isPresent()) {
                return existing.get().path("id").asLong();
            }
            try {
                return create.get();
            } catch (TransientFailure e) {
                last = e;
                LOG.infof("Autotask: create not confirmed (%s); looking up before trying again", e.getMessage());
            }
        }
        throw last;
    }

    /** PATCH: only the fields sent change (never PUT, which nulls the rest). */
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 30_000, skipOn = Rejected.class)
    public void update(String entity, ObjectNode patch) {
        call(entity, "update", () -> api().update(entity, patch, onboarding()));
        LOG.infof("Autotask: updated %s %s for onboarding %s (fields %s)", entity, patch.path("id").asText(), onboarding(),
                fieldNames(patch));
    }

    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 30_000, skipOn = Rejected.class)
    public void updateChild(String parent, long parentId, String child, ObjectNode patch) {
        String entity = parent + "/" + child;
        call(entity, "update", () -> api().updateChild(parent, parentId, child, patch, onboarding()));
        LOG.infof("Autotask: updated %s/%d/%s %s for onboarding %s", parent, parentId, child, patch.path("id").asText(),
                onboarding());
    }

    /** The value of a picklist entry found by its label (values are per tenant: never hard-coded). */
    public String picklistValue(String entity, String field, String label) {
        JsonNode fields = metadata.get("fields:" + entity, () -> call(entity, "fields", () -> api().fields(entity, onboarding())));
        for (JsonNode f : fields.path("fields")) {
            if (f.path("name").asText().equalsIgnoreCase(field)) {
                for (JsonNode value : f.path("picklistValues")) {
                    if (value.path("label").asText().equalsIgnoreCase(label)) {
                        return value.path("value").asText();
                    }
                }
            }
        }
        throw new Rejected(0, "Autotask has no '" + label + "' in the picklist " + entity + "." + field, null);
    }

    /** The definition of a user-defined field of an entity (name, isPickList, picklistValues). */
    public Optional<JsonNode> userDefinedField(String entity, String name) {
        JsonNode udfs = metadata.get("udfs:" + entity, () -> call(entity, "udf metadata", () -> api().userDefinedFields(entity, onboarding())));
        for (JsonNode udf : udfs.path("fields")) {
            if (udf.path("name").asText().equals(name)) {
                return Optional.of(udf);
            }
        }
        return Optional.empty();
    }

    /**
     * An item of the tenant's reference data (a ticket category, a product, a checklist library) by its exact
     * {@code name}: like metadata it changes only when an administrator edits it, so what is found is kept for
     * {@code autotask.metadata-ttl}; what is not found is asked again next time.
     */
    public Optional<JsonNode> referenceByName(String entity, String name) {
        return metadata.find("reference:" + entity + ":" + name, () -> findOne(entity, Filter.eq("name", name)));
    }

    /**
     * An item of the tenant's reference data by id (a configured technician's resource): kept for {@code
     * autotask.metadata-ttl} like {@link #referenceByName}; what is not found is asked again next time.
     */
    public Optional<JsonNode> referenceById(String entity, long id) {
        return metadata.find("reference:" + entity + ":#" + id, () -> get(entity, id));
    }

    private <T> T callOnce(String entity, String what, Supplier<T> call) {
        return gated(entity, what, call, false);
    }

    private <T> T call(String entity, String what, Supplier<T> call) {
        return gated(entity, what, call, true);
    }

    private <T> T gated(String entity, String what, Supplier<T> call, boolean idempotent) {
        String endpoint = entity.split("/")[0].toLowerCase();
        Supplier<T> gatedCall = () -> {
            RequestBudget.Slot slot;
            try {
                budget.takeToken();
                slot = budget.enter(endpoint, config.timeout().multipliedBy(3)).orElseThrow(() ->
                        new jakarta.ws.rs.ProcessingException("waited too long for a free Autotask thread on " + entity));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new jakarta.ws.rs.ProcessingException(e);
            }
            try {
                registry.counter("autotask.calls", "endpoint", entity.split("/")[0], "operation", what.split(" ")[0],
                        "onboarding", onboarding()).increment();
                return call.get();
            } finally {
                release(slot, entity);
            }
        };
        return idempotent ? caller.call(what + " " + entity, gatedCall) : caller.callOnce(what + " " + entity, gatedCall);
    }

    private static void release(RequestBudget.Slot slot, String entity) {
        try {
            slot.close();
        } catch (RuntimeException e) {
            LOG.warnf("Autotask: the thread slot of %s was not let go (%s); its lease ends it", entity, e.getMessage());
        }
    }

    private AutotaskApi api() {
        AutotaskApi current = api;
        if (current == null) {
            synchronized (this) {
                if (api == null) {
                    api = build(config.baseUrl().orElseGet(this::discoverZone));
                }
                current = api;
            }
        }
        return current;
    }

    private String discoverZone() {
        AutotaskApi discovery = build(config.zoneDiscoveryUrl());
        JsonNode zone = caller.call("zone discovery", () -> discovery.zoneInformation(config.username()));
        String url = zone.path("url").asText().replaceAll("/+$", "");
        LOG.infof("Autotask: zone %s at %s", zone.path("zoneName").asText(), url);
        return url;
    }

    private AutotaskApi build(String baseUrl) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(baseUrl))
                .connectTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .register((jakarta.ws.rs.client.ClientRequestFilter) request -> {
                    request.getHeaders().putSingle("ApiIntegrationCode", config.integrationCode());
                    request.getHeaders().putSingle("UserName", config.username());
                    request.getHeaders().putSingle("Secret", config.secret());
                })
                .build(AutotaskApi.class);
    }

    /** Autotask reports validation problems as HTTP 500 with {"errors":[...]}: those are rejections, not outages. */
    private static boolean isValidationError(WebApplicationException e) {
        String body = ResilientCaller.body(e);
        return e.getResponse().getStatus() == 500 && body.contains("\"errors\"");
    }

    private static Map<String, String> queryParams(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        String query = URI.create(url).getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static List<String> fieldNames(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String onboarding() {
        Object id = MDC.get("onboardingId");
        return id == null ? "none" : id.toString();
    }
}
