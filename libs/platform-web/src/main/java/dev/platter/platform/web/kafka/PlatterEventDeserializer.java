package dev.platter.platform.web.kafka;

import dev.platter.platform.events.EventCatalog;
import dev.platter.platform.events.EventHeaders;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a Platter event by its {@code event-type} and {@code event-version} headers into the record the catalog
 * names for them: consumers depend on the published contract, never on a producer's class names. Unknown JSON
 * fields are ignored (a producer may add optional fields); a record without our headers, of an unknown type, or
 * whose body does not fit is malformed and fails, so the error handler sends it to the dead-letter topic.
 */
public class PlatterEventDeserializer implements Deserializer<Object> {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Override
    public Object deserialize(String topic, byte[] data) {
        throw new SerializationException(
                "Platter events are read with their headers; record on " + topic + " has none");
    }

    @Override
    public Object deserialize(String topic, Headers headers, byte[] data) {
        var type = header(headers, EventHeaders.EVENT_TYPE);
        var version = header(headers, EventHeaders.EVENT_VERSION);
        if (type == null || version == null) {
            throw new SerializationException("Record on " + topic + " lacks the event-type or event-version header");
        }
        int schemaVersion;
        try {
            schemaVersion = Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw new SerializationException("Record on " + topic + " has event-version '" + version + "'", e);
        }
        var descriptor = EventCatalog.find(type, schemaVersion)
                .orElseThrow(() -> new SerializationException(
                        "Record on " + topic + " has unknown event " + type + " v" + schemaVersion));
        if (data == null) {
            throw new SerializationException("Record on " + topic + " of type " + type + " has no body");
        }
        try {
            return JSON.readValue(data, descriptor.recordClass());
        } catch (RuntimeException e) {
            throw new SerializationException(
                    "Record on " + topic + " is not a valid " + type + " v" + schemaVersion, e);
        }
    }

    private static String header(Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
