package org.newsdesk.shared.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** JSON-B as the API writes it: null fields are written (the field names are the contract), UTF-8. */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(true).withEncoding("UTF-8"));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
