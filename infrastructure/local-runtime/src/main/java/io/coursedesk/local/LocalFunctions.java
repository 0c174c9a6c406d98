package io.coursedesk.local;

import io.coursedesk.harness.template.SamFunction;
import io.coursedesk.harness.template.SamTemplate;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every function of the template, each loaded once from its own jar: the local run's execution environments. */
final class LocalFunctions implements AutoCloseable {

    private final Map<String, LambdaJarInvoker> invokers = new LinkedHashMap<>();

    LocalFunctions(SamTemplate template) {
        try {
            for (SamFunction function : template.functions()) {
                Duration timeout = Duration.ofSeconds(function.properties().path("Timeout").asInt(3));
                int memory = function.properties().path("MemorySize").asInt(128);
                invokers.put(function.logicalId(), LambdaJarInvoker.load(function.logicalId(), function.codeUri(),
                        function.handler(), timeout, memory));
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    LambdaJarInvoker get(String functionId) {
        LambdaJarInvoker invoker = invokers.get(functionId);
        if (invoker == null) {
            throw new IllegalArgumentException("no function " + functionId + " in the template");
        }
        return invoker;
    }

    Collection<LambdaJarInvoker> all() {
        return invokers.values();
    }

    @Override
    public void close() {
        invokers.values().forEach(LambdaJarInvoker::close);
        invokers.clear();
    }
}
