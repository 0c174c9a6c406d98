package io.coursedesk.shared.http.modules;

import io.coursedesk.shared.domain.Module;
import io.micronaut.aop.Around;
import io.micronaut.context.annotation.Type;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The routes of a controller (or one route) belong to a module: while the caller's provider has it switched off, a
 * provider admin's request is refused with a 403 naming the module, before its body is validated or anything is
 * read or written (its data stays). The method must take the {@code Caller}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Around
@Type(ModuleCheck.class)
public @interface ModuleRequired {
    Module value();
}
