package io.coursedesk.local;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One function's deployed artifact, run the way the Lambda Java runtime runs it: the shaded jar in a class loader
 * of its own (parent: the platform loader, so the function sees only its own jar), the handler instantiated once
 * (the cold start), and each event converted to the handler's input type and the result back to JSON with the
 * runtime's own serialization library. The jar is copied first: a deployed artifact never changes under a running
 * function, while a local rebuild overwrites {@code target/} and would break classes that are still to be loaded.
 *
 * <p>Invocations are serialized: a Lambda execution environment handles one event at a time, and one environment
 * per function keeps the local run to one cold start and one application context per function. Concurrent callers
 * queue for up to the function's timeout, then get the error Lambda's throttling would give.
 */
public final class LambdaJarInvoker implements AutoCloseable {

    private static final String RUNTIME_PACKAGE = "com.amazonaws.services.lambda.runtime.";

    private final String functionName;
    private final Duration timeout;
    private final URLClassLoader loader;
    private final Object handler;
    private final EventHandling handling;
    private final LambdaContexts contexts;
    private final Duration coldStart;
    private final ReentrantLock oneAtATime = new ReentrantLock(true);

    private LambdaJarInvoker(String functionName, Duration timeout, URLClassLoader loader, Object handler,
                             EventHandling handling, LambdaContexts contexts, Duration coldStart) {
        this.functionName = functionName;
        this.timeout = timeout;
        this.loader = loader;
        this.handler = handler;
        this.handling = handling;
        this.contexts = contexts;
        this.coldStart = coldStart;
    }

    /**
     * Loads the jar and instantiates the handler.
     *
     * @param handlerName the template's {@code Handler}: a class name, optionally followed by {@code ::handleRequest}
     */
    public static LambdaJarInvoker load(String functionName, Path jar, String handlerName, Duration timeout,
                                        int memoryLimitInMb) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(functionName + ": no jar at " + jar + " (build the function first)");
        }
        String className = handlerClassName(functionName, handlerName);
        URLClassLoader loader = newFunctionLoader(functionName, deployedCopy(functionName, jar));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        long started = System.nanoTime();
        try {
            Class<?> handlerClass = Class.forName(className, true, loader);
            Object handler = handlerClass.getDeclaredConstructor().newInstance();
            Duration coldStart = Duration.ofNanos(System.nanoTime() - started);
            LambdaContexts contexts = new LambdaContexts(functionName, memoryLimitInMb, loader);
            EventHandling handling = handlingFor(functionName, handler, loader, contexts.contextType());
            return new LambdaJarInvoker(functionName, timeout, loader, handler, handling, contexts, coldStart);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            closeQuietly(loader);
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new LambdaInvocationException(functionName + ": could not initialise handler " + className, cause);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    public String functionName() {
        return functionName;
    }

    /** How long loading the handler class and constructing it took: the function's cold start. */
    public Duration coldStart() {
        return coldStart;
    }

    /** Invokes the handler with one JSON event and returns its JSON result. */
    public String invoke(String eventJson) {
        return new String(invoke(eventJson.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    /** Invokes the handler with one event payload and returns the response payload. */
    public byte[] invoke(byte[] event) {
        acquire();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            String requestId = UUID.randomUUID().toString();
            Object context = contexts.create(requestId, System.currentTimeMillis() + timeout.toMillis());
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            handling.handle(new ByteArrayInputStream(event), response, context);
            return response.toByteArray();
        } catch (InvocationTargetException e) {
            throw new LambdaInvocationException(functionName + " failed: " + e.getCause(), e.getCause());
        } catch (Exception e) {
            throw new LambdaInvocationException(functionName + " failed: " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
            oneAtATime.unlock();
        }
    }

    @Override
    public void close() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            if (handler instanceof AutoCloseable closeable) {
                closeable.close();
            }
        } catch (Exception | LinkageError e) {
            System.err.println(functionName + ": handler did not close cleanly: " + e);
        } finally {
            thread.setContextClassLoader(previous);
            closeQuietly(loader);
        }
    }

    private void acquire() {
        try {
            if (!oneAtATime.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new LambdaInvocationException(functionName + " is busy: still handling another event after "
                        + timeout.toSeconds() + " s (Rate Exceeded)", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LambdaInvocationException(functionName + ": interrupted while waiting to invoke", e);
        }
    }

    private static String handlerClassName(String functionName, String handlerName) {
        int separator = handlerName.indexOf("::");
        if (separator < 0) {
            return handlerName;
        }
        if (!handlerName.substring(separator + 2).equals("handleRequest")) {
            throw new IllegalArgumentException(functionName + ": only RequestHandler and RequestStreamHandler handlers "
                    + "are supported, not " + handlerName);
        }
        return handlerName.substring(0, separator);
    }

    private static Path deployedCopy(String functionName, Path jar) {
        try {
            Path copy = Files.createTempFile("lambda-" + functionName + "-", ".jar");
            copy.toFile().deleteOnExit();
            return Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(functionName + ": cannot copy " + jar, e);
        }
    }

    private static URLClassLoader newFunctionLoader(String functionName, Path jar) {
        try {
            return new URLClassLoader("lambda:" + functionName, new URL[] {jar.toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
        } catch (IOException e) {
            throw new IllegalArgumentException(functionName + ": bad jar path " + jar, e);
        }
    }

    private static EventHandling handlingFor(String functionName, Object handler, ClassLoader loader, Class<?> contextType)
            throws ReflectiveOperationException {
        Class<?> streamHandler = loader.loadClass(RUNTIME_PACKAGE + "RequestStreamHandler");
        if (streamHandler.isInstance(handler)) {
            Method handleRequest = streamHandler.getMethod("handleRequest", InputStream.class, OutputStream.class, contextType);
            return (input, output, context) -> handleRequest.invoke(handler, input, output, context);
        }
        Class<?> requestHandler = loader.loadClass(RUNTIME_PACKAGE + "RequestHandler");
        if (!requestHandler.isInstance(handler)) {
            throw new IllegalArgumentException(functionName + ": " + handler.getClass().getName()
                    + " implements neither RequestHandler nor RequestStreamHandler");
        }
        Type[] types = HandlerTypes.typeArguments(handler.getClass(), requestHandler);
        PojoSerializer<Object> inputSerializer = serializerFor(types[0], loader);
        PojoSerializer<Object> outputSerializer = serializerFor(types[1], loader);
        Method handleRequest = requestHandler.getMethod("handleRequest", Object.class, contextType);
        return (input, output, context) -> {
            Object event = inputSerializer.fromJson(input);
            outputSerializer.toJson(handleRequest.invoke(handler, event, context), output);
        };
    }

    /** The runtime's choice: its event serializers for AWS event classes, its Jackson set-up for anything else. */
    @SuppressWarnings("unchecked")
    private static PojoSerializer<Object> serializerFor(Type type, ClassLoader loader) {
        if (type instanceof Class<?> eventClass && LambdaEventSerializers.isLambdaSupportedEvent(eventClass.getName())) {
            return LambdaEventSerializers.serializerFor((Class<Object>) eventClass, loader);
        }
        return JacksonFactory.getInstance().getSerializer(type);
    }

    private static void closeQuietly(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            System.err.println("could not close " + loader.getName() + ": " + e);
        }
    }

    @FunctionalInterface
    private interface EventHandling {
        void handle(InputStream input, OutputStream output, Object context) throws Exception;
    }
}
