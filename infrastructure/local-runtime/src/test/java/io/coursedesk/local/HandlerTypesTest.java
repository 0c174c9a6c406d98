package io.coursedesk.local;

import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

class HandlerTypesTest {

    abstract static class BaseHandler<E, R> implements BiFunction<E, String, R> {
    }

    abstract static class EventsHandler<T> extends BaseHandler<T, Integer> {
    }

    abstract static class StringEvents extends EventsHandler<List<String>> {
    }

    abstract static class Unbound<X> extends BaseHandler<X, Void> {
    }

    @Test
    void followsTypeVariablesThroughSuperclasses() {
        Type[] types = HandlerTypes.typeArguments(StringEvents.class, BiFunction.class);

        assertThat(types[0]).isInstanceOf(ParameterizedType.class);
        assertThat(((ParameterizedType) types[0]).getRawType()).isEqualTo(List.class);
        assertThat(((ParameterizedType) types[0]).getActualTypeArguments()).containsExactly(String.class);
        assertThat(types[1]).isEqualTo(String.class);
        assertThat(types[2]).isEqualTo(Integer.class);
    }

    @Test
    void unboundVariablesBecomeObject() {
        assertThat(HandlerTypes.typeArguments(Unbound.class, BiFunction.class))
                .containsExactly(Object.class, String.class, Void.class);
    }

    @Test
    void nullWhenTheInterfaceIsNotImplemented() {
        assertThat(HandlerTypes.typeArguments(String.class, BiFunction.class)).isNull();
    }
}
