package dev.platter.notification.config;

import tools.jackson.databind.json.JsonMapper;

/** One JSON mapper for what this service stores and sends (template variables, WebSocket frames). */
public final class Json {

    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}
}
