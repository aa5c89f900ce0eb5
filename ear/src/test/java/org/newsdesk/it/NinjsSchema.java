package org.newsdesk.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;

/** The IPTC ninjs 3.1 schema (JSON Schema 2020-12, format checks on), read from the repository's copy. */
public final class NinjsSchema {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                    builder -> builder.schemaMappers(mappers -> mappers.mapPrefix("http://www.iptc.org/std/ninjs/",
                            Path.of(System.getProperty("newsdesk.ninjsSchema")).getParent().toUri().toString())))
            .getSchema(SchemaLocation.of("http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json"),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

    private NinjsSchema() {
    }

    /** What is wrong with the document (empty when it is valid ninjs 3.1). */
    public static Set<ValidationMessage> violations(String json) {
        try {
            return SCHEMA.validate(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
