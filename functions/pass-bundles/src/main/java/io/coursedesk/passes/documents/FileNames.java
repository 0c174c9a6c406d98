package io.coursedesk.passes.documents;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names that every common file system takes as they are: Windows forbids {@code <>:"/\|?*}, control
 * characters, a trailing dot or space (a name here always ends in its extension) and device names such as
 * {@code CON}; macOS and Linux allow at most 255 bytes. Letters with diacritics are valid everywhere and stay,
 * in composed form (NFC). Invisible format characters go too: a right-to-left override could disguise the
 * extension.
 */
final class FileNames {
    /** Well under 255 bytes, so a name still fits after an unzip tool adds a folder or a " (2)". */
    static final int MAX_BYTES = 150;
    private static final Pattern FORBIDDEN = Pattern.compile("[<>:\"/\\\\|?*\\p{Cc}\\p{Cf}\\p{Cs}]");
    private static final Pattern SPACES = Pattern.compile("[\\s_]+");
    private static final Set<String> DEVICE_NAMES = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³");

    private FileNames() {
    }

    /** One part of a name: forbidden characters dropped, runs of spaces one {@code _}. */
    static String part(String text) {
        String composed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        String spaced = SPACES.matcher(composed.strip()).replaceAll("_");
        return FORBIDDEN.matcher(spaced).replaceAll("");
    }

    /**
     * The parts joined by {@code _} with the extension, shortened (the part at {@code shortenable} loses letters
     * from its end) to {@link #MAX_BYTES}, and never a Windows device name.
     */
    static String join(String extension, int shortenable, String... parts) {
        String[] cleaned = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            cleaned[i] = part(parts[i]);
        }
        String name = String.join("_", cleaned) + extension;
        while (utf8Length(name) > MAX_BYTES && !cleaned[shortenable].isEmpty()) {
            String part = cleaned[shortenable];
            cleaned[shortenable] = part.substring(0, part.offsetByCodePoints(part.length(), -1));
            name = String.join("_", cleaned) + extension;
        }
        return notDevice(name);
    }

    /** The same name with {@code _n} before its extension. */
    static String numbered(String name, int number) {
        int dot = name.lastIndexOf('.');
        return name.substring(0, dot) + "_" + number + name.substring(dot);
    }

    /** Windows and macOS (by default) see {@code A.pdf} and {@code a.pdf} as one file. */
    static String caseFolded(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Windows takes {@code CON.pdf}, and {@code CON.1_x.pdf}, as the console: what comes before the first dot counts. */
    private static String notDevice(String name) {
        int dot = name.indexOf('.');
        String stem = (dot < 0 ? name : name.substring(0, dot)).stripTrailing();
        return DEVICE_NAMES.contains(stem.toUpperCase(Locale.ROOT)) ? "_" + name : name;
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
