package io.coursedesk.local;

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
final class OpenApiDocuments {

    private static final String FOLDER = "META-INF/swagger/";

    private final Map<String, byte[]> documents;

    private OpenApiDocuments(Map<String, byte[]> documents) {
        this.documents = Collections.unmodifiableMap(documents);
    }

    static OpenApiDocuments readFrom(Iterable<Path> jars) {
        Map<String, byte[]> documents = new TreeMap<>();
        for (Path jar : jars) {
            if (!Files.isRegularFile(jar)) {
                continue;
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
        }
        return new OpenApiDocuments(documents);
    }

    /** File name to content, in name order. */
    Map<String, byte[]> all() {
        return documents;
    }
}
