package org.newsdesk.shared.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;

import java.io.Reader;
import java.util.Map;

/**
 * The JSON-P factory methods Newsdesk uses, on one provider looked up once. {@code jakarta.json.Json}'s static
 * methods look the provider up again at every call (a ServiceLoader scan of the application's class loaders); in the
 * save path that was about an eighth of the server's CPU (load benchmark, docs/BENCHMARKS.md).
 */
public final class Json {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private Json() {
    }

    public static JsonObjectBuilder createObjectBuilder() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonObjectBuilder createObjectBuilder(Map<String, ?> values) {
        return PROVIDER.createObjectBuilder(values);
    }

    public static JsonArrayBuilder createArrayBuilder() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonReader createReader(Reader reader) {
        return PROVIDER.createReader(reader);
    }

    public static JsonWriterFactory createWriterFactory(Map<String, ?> config) {
        return PROVIDER.createWriterFactory(config);
    }
}
