package io.coursedesk.shared.http.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.shared.aws.AwsClients;
import io.coursedesk.shared.aws.ConfiguredSecrets;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.Slice;
import io.coursedesk.shared.signing.SigningKey;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Introspected;
import jakarta.inject.Singleton;

import java.util.Objects;
import java.util.Optional;

/**
 * Every list's cursors: the position where a page ended, with the {@link CursorScope} it was made for, signed
 * (HMAC-SHA256) with the list-cursor key, so a client can neither read meaning into a cursor nor forge, alter or
 * replay one in another scope. A cursor that is not genuine or not of this scope is a 400 naming {@code cursor}.
 * The key is a secret: in AWS the function gets its Secrets Manager ARN ({@value #SECRET_ARN_PROPERTY}), locally
 * the key itself ({@value #KEY_PROPERTY}); read on first use.
 */
@Singleton
public class ListCursors {
    public static final String KEY_PROPERTY = "coursedesk.list-cursor-secret";
    public static final String SECRET_ARN_PROPERTY = "coursedesk.list-cursor-secret-arn";
    private static final String PURPOSE = "list-cursor";

    private final SigningKey key;
    private final ObjectMapper json;

    public ListCursors(Environment environment, AwsClients clients, ObjectMapper json) {
        this(new SigningKey(ConfiguredSecrets.read(environment, clients, SECRET_ARN_PROPERTY, KEY_PROPERTY,
                "list-cursor key")), json);
    }

    ListCursors(SigningKey key, ObjectMapper json) {
        this.key = key;
        this.json = json;
    }

    /**
     * The requested page of a list: read from where the request's cursor says (the start without one), with the
     * cursor of the following page when more follow.
     *
     * @param positionType how the list remembers a position ({@link io.coursedesk.shared.persistence.PagePosition}
     *                     for lists read in key order, {@link io.coursedesk.shared.persistence.SortKey} for lists sorted in memory)
     * @throws ProblemException 400 naming {@code cursor} when it is not one given in this scope
     */
    public <T, P> Page<T> page(CursorScope scope, PageRequest request, Class<P> positionType, Reader<T, P> reader) {
        Slice<T, P> slice = reader.read(request.size(), start(scope, request, positionType));
        return new Page<>(slice.items(), slice.next() == null ? null : encode(new Payload<>(scope, slice.next())));
    }

    private <P> P start(CursorScope scope, PageRequest request, Class<P> positionType) {
        String cursor = request.cursorOrNull();
        if (cursor == null) {
            return null;
        }
        JavaType type = json.getTypeFactory().constructParametricType(Payload.class, positionType);
        return key.verify(PURPOSE, cursor).flatMap(payload -> this.<P>read(payload, type))
                .filter(payload -> scope.equals(payload.scope()) && payload.after() != null)
                .map(Payload::after)
                .orElseThrow(() -> ProblemException.invalid("cursor", "is not a cursor this caller got for this list"));
    }

    private String encode(Payload<?> payload) {
        try {
            return key.sign(PURPOSE, json.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a cursor", e);
        }
    }

    private <P> Optional<Payload<P>> read(String payload, JavaType type) {
        try {
            return Optional.ofNullable(json.readValue(payload, type));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** Reads one page of a list: at most {@code limit} items after the position (null: from the start). */
    @FunctionalInterface
    public interface Reader<T, P> {
        Slice<T, P> read(int limit, P after);
    }

    @Introspected
    record Payload<P>(CursorScope scope, P after) {
        Payload {
            Objects.requireNonNull(scope, "scope");
        }
    }
}
