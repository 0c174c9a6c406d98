package io.coursedesk.local;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the type arguments a handler class gives a generic interface (the {@code I} and {@code O} of
 * {@code RequestHandler<I, O>}), following type variables through superclasses as the Lambda runtime does,
 * so that a handler extending a generic base class still gets its events converted to the right type.
 */
final class HandlerTypes {

    private HandlerTypes() {
    }

    /** The resolved type arguments of {@code target} as implemented by {@code handlerClass}, or null if it does not implement it. */
    static Type[] typeArguments(Class<?> handlerClass, Class<?> target) {
        return find(handlerClass, target, Map.of());
    }

    private static Type[] find(Type type, Class<?> target, Map<TypeVariable<?>, Type> outer) {
        Class<?> raw = type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        if (type instanceof ParameterizedType parameterized) {
            TypeVariable<?>[] variables = raw.getTypeParameters();
            Type[] arguments = parameterized.getActualTypeArguments();
            for (int i = 0; i < variables.length; i++) {
                bindings.put(variables[i], outer.getOrDefault(arguments[i], arguments[i]));
            }
        }
        if (raw == target) {
            TypeVariable<?>[] variables = raw.getTypeParameters();
            Type[] resolved = new Type[variables.length];
            for (int i = 0; i < variables.length; i++) {
                Type bound = bindings.getOrDefault(variables[i], Object.class);
                resolved[i] = bound instanceof TypeVariable<?> ? Object.class : bound;
            }
            return resolved;
        }
        for (Type candidate : raw.getGenericInterfaces()) {
            Type[] found = find(candidate, target, bindings);
            if (found != null) {
                return found;
            }
        }
        Type superclass = raw.getGenericSuperclass();
        return superclass == null ? null : find(superclass, target, bindings);
    }
}
