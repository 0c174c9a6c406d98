package io.coursedesk.shared.http.problem;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * A request body means exactly what it says: a field the API does not know (a typo like {@code maxParticipant})
 * and a fraction where a whole number belongs ({@code 12.7} seats) are 400s naming the field, never silently
 * dropped or rounded. Events stay lenient ({@code DomainEvent} ignores unknown fields), so a producer can add a
 * field before its consumers know it.
 */
@Singleton
public class StrictRequestBodies implements BeanCreatedEventListener<ObjectMapper> {

    @Override
    public ObjectMapper onCreated(BeanCreatedEvent<ObjectMapper> event) {
        return event.getBean()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
