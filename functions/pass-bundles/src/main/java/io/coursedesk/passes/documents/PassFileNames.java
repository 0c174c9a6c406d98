package io.coursedesk.passes.documents;

import java.util.HashSet;
import java.util.Set;

/**
 * The file names of one bundle's passes, as the manual shows them:
 * {@code 99600953_Dhr._TEST_de_Tester_DEH_Diploma.pdf} ({@code {qualificationNumber}_{name}_{code}_{type}.pdf},
 * spaces as {@code _}, the type in Dutch). Safe on Windows, macOS and Linux (see {@link FileNames}); a name
 * already given in this bundle, ignoring case, gets {@code _2}, {@code _3}, ... One instance per bundle.
 */
public final class PassFileNames {
    private static final String EXTENSION = ".pdf";
    private static final int HOLDER_NAME = 1;

    private final Set<String> given = new HashSet<>();

    /** The name for this pass, unused so far in this bundle. */
    public String nameFor(PassContent pass) {
        String name = FileNames.join(EXTENSION, HOLDER_NAME, pass.qualificationNumber(), pass.holderName(),
                pass.code(), pass.typeName());
        String unique = name;
        for (int number = 2; !given.add(FileNames.caseFolded(unique)); number++) {
            unique = FileNames.numbered(name, number);
        }
        return unique;
    }
}
