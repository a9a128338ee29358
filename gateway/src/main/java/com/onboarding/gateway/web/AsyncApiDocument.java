package com.onboarding.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.onboarding.events.EventType;
import com.onboarding.events.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AsyncAPI 3.0 document of every topic and event of the suite, written from the event catalogue
 * ({@link EventType}) and the events' JSON schemas, so it cannot drift from what the services publish.
 */
public final class AsyncApiDocument {

    private static final String JSON_SCHEMA = "application/schema+json;version=draft-07";
    private static final Pattern PUBLISHED_BY = Pattern.compile("Published by ([a-z-]+(?: or [a-z-]+)*)");

    private AsyncApiDocument() {
    }

    public static ObjectNode build(ObjectMapper mapper, String version) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("asyncapi", "3.0.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "onboarding-suite events");
        info.put("version", version);
        info.put("description", "Every Kafka topic of the onboarding suite and the event on it. Each record is a CloudEvent "
                + "in binary mode: the data is the JSON payload, the attributes are the ce_* headers; the key is the "
                + "onboarding id, so one onboarding's events keep their order. Consumers dead-letter what they cannot "
                + "process to onboarding.dead-letter.<service>.");
        ObjectNode server = doc.putObject("servers").putObject("local");
        server.put("host", "localhost:9092");
        server.put("protocol", "kafka");
        server.put("description", "deploy/local (production: KAFKA_BOOTSTRAP_SERVERS)");
        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode components = doc.putObject("components");
        ObjectNode messages = components.putObject("messages");
        components.set("schemas", mapper.createObjectNode().set("CloudEventHeaders", headers(mapper)));
        for (EventType type : EventType.values()) {
            JsonNode schema = schema(mapper, type);
            String name = type.simpleName();
            ObjectNode message = messages.putObject(name);
            message.put("name", name);
            message.put("title", name);
            message.put("contentType", "application/json");
            message.put("summary", schema.path("description").asText(name));
            message.putObject("headers").put("$ref", "#/components/schemas/CloudEventHeaders");
            ObjectNode payload = message.putObject("payload");
            payload.put("schemaFormat", JSON_SCHEMA);
            payload.set("schema", schema);
            message.putObject("bindings").putObject("kafka").putObject("key").put("type", "string")
                    .put("description", "the onboarding id");
            ObjectNode channel = channels.putObject(name);
            channel.put("address", type.topic());
            channel.put("description", "ce_type " + type.cloudEventType());
            channel.putObject("messages").putObject(name).put("$ref", "#/components/messages/" + name);
            ObjectNode send = operations.putObject("publish" + name);
            send.put("action", "send");
            send.putObject("channel").put("$ref", "#/channels/" + name);
            Matcher publisher = PUBLISHED_BY.matcher(schema.path("description").asText());
            send.put("summary", publisher.find() ? "Published by " + publisher.group(1) : "Published by the suite");
            send.putArray("messages").addObject().put("$ref", "#/channels/" + name + "/messages/" + name);
        }
        ObjectNode dead = channels.putObject("DeadLetter");
        dead.put("address", Topics.DEAD_LETTER_PREFIX + "{service}");
        dead.put("description", "What a service's consumer could not process, as received (key, value, ce_* headers) with "
                + "headers dead-letter-topic (the original topic) and dead-letter-reason; operators replay it from the gateway.");
        dead.putObject("parameters").putObject("service").put("description", "the consuming service, e.g. contract-service");
        return doc;
    }

    private static JsonNode schema(ObjectMapper mapper, EventType type) {
        try (InputStream in = EventType.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("No schema " + type.schemaResource() + " in the events jar");
            }
            ObjectNode schema = (ObjectNode) mapper.readTree(in);
            schema.remove("$schema"); // the document's schemaFormat says which dialect
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode headers(ObjectMapper mapper) {
        ObjectNode headers = mapper.createObjectNode();
        headers.put("type", "object");
        ArrayNode required = headers.putArray("required");
        ObjectNode properties = headers.putObject("properties");
        for (String[] header : new String[][] {{"ce_specversion", "1.0"}, {"ce_id", "the event id (consumers deduplicate by it)"},
                {"ce_type", "com.onboarding.<Event>"}, {"ce_source", "the publishing service"}, {"ce_time", "RFC 3339"}}) {
            properties.putObject(header[0]).put("type", "string").put("description", header[1]);
            required.add(header[0]);
        }
        return headers;
    }
}
