package io.coursedesk.shared.http.modules;

import io.coursedesk.shared.domain.Module;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;

import java.util.Arrays;

/** Runs {@link Modules#requireOn} for a {@link ModuleRequired} route, ahead of Bean Validation. */
@InterceptorBean(ModuleRequired.class)
public class ModuleCheck implements MethodInterceptor<Object, Object> {
    private final Modules modules;

    public ModuleCheck(Modules modules) {
        this.modules = modules;
    }

    @Override
    public int getOrder() {
        return InterceptPhase.VALIDATE.getPosition() - 10;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        Module module = context.enumValue(ModuleRequired.class, Module.class)
                .orElseThrow(() -> new IllegalStateException("@ModuleRequired without a module"));
        Caller caller = Arrays.stream(context.getParameterValues()).filter(Caller.class::isInstance)
                .map(Caller.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException(context.getExecutableMethod()
                        + " is @ModuleRequired but takes no Caller"));
        if (caller.isProviderAdmin()) {
            modules.requireOn(caller.tenantId(), module);
        }
        return context.proceed();
    }
}
