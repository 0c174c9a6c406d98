package io.coursedesk.shared.http.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * A request body means exactly what it says: a field the API does not know (a typo like {@code maxParticipant}),
 * a fraction where a whole number belongs ({@code 12.7} seats), and an array, number or text where an object
 * belongs are 400s naming the field, never silently dropped, rounded, or (Micronaut's record instantiation would
 * try a lone number as the record's only argument) a 500. Events stay lenient ({@code DomainEvent} ignores unknown
 * fields), so a producer can add a field before its consumers know it.
 */
@Singleton
public class StrictRequestBodies implements BeanCreatedEventListener<ObjectMapper> {

    @Override
    public ObjectMapper onCreated(BeanCreatedEvent<ObjectMapper> event) {
        SimpleModule objectsOnly = new SimpleModule("objects-only");
        objectsOnly.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                return deserializer instanceof BeanDeserializerBase ? new ObjectsOnly(deserializer) : deserializer;
            }
        });
        return event.getBean()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
                .registerModule(objectsOnly);
    }

    /** A bean (record) is read from a JSON object only; anything else is the client's mistake. */
    private static final class ObjectsOnly extends DelegatingDeserializer {

        ObjectsOnly(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ObjectsOnly(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_ARRAY || (token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL)) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            return super.deserialize(parser, context);
        }
    }
}
