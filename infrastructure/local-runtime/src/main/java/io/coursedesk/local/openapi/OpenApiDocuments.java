package io.coursedesk.local.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** The OpenAPI files micronaut-openapi generated into each function jar ({@code META-INF/swagger/*.yml}). */
public final class OpenApiDocuments {

    private static final String FOLDER = "META-INF/swagger/";

    private final Map<String, byte[]> documents;

    private OpenApiDocuments(Map<String, byte[]> documents) {
        this.documents = Collections.unmodifiableMap(documents);
    }

    public static OpenApiDocuments readFrom(Iterable<Path> jars) {
        Map<String, byte[]> documents = new TreeMap<>();
        for (Path jar : jars) {
            documents.putAll(readFrom(jar));
        }
        return new OpenApiDocuments(documents);
    }

    /** File name to content of one jar's documents; none when the jar was not built. */
    static Map<String, byte[]> readFrom(Path jar) {
        Map<String, byte[]> documents = new TreeMap<>();
        if (!Files.isRegularFile(jar)) {
            return documents;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith(FOLDER) && name.indexOf('/', FOLDER.length()) < 0
                        && (name.endsWith(".yml") || name.endsWith(".yaml"))) {
                    documents.put(name.substring(FOLDER.length()), file.getInputStream(entry).readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + jar, e);
        }
        return documents;
    }

    /** File name to content, in name order. */
    public Map<String, byte[]> all() {
        return documents;
    }
}
