package io.coursedesk.passes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A bench's function in a JVM of its own, as Lambda starts it: the options in a system property of the bench, the
 * same class path, and the stand-ins' endpoints and names ({@code coursedesk.*}, {@code aws.*}, {@code micronaut.*}
 * system properties) passed on. Its stderr is discarded; it talks on stdin and stdout.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    public static Process start(Class<?> mainClass, String optionsProperty) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(Arrays.stream(System.getProperty(optionsProperty, "").split(" "))
                .filter(option -> !option.isBlank()).toList());
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("coursedesk.") || name.startsWith("aws.") || name.startsWith("micronaut."))
                .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
