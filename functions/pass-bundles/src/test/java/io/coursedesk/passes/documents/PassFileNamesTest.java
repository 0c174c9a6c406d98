package io.coursedesk.passes.documents;

import io.coursedesk.passes.holders.QualificationType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PassFileNamesTest {
    private final PassFileNames names = new PassFileNames();

    private static PassContent pass(String number, String name, String code, QualificationType type) {
        return new PassContent("Provider", name, number, "Kwalificatie", code, type, LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 1, 1), null, null, "https://example.nl/verify/x");
    }

    @Test
    void namesAsTheManualShowsThem() {
        assertThat(names.nameFor(pass("99600953", "Dhr. TEST de Tester", "DEH", QualificationType.DIPLOMA)))
                .isEqualTo("99600953_Dhr._TEST_de_Tester_DEH_Diploma.pdf");
        assertThat(names.nameFor(pass("99600953", "Dhr. TEST de Tester", "EHK", QualificationType.CERTIFICATE)))
                .isEqualTo("99600953_Dhr._TEST_de_Tester_EHK_Certificaat.pdf");
    }

    @Test
    void lettersWithDiacriticsStayInComposedForm() {
        String decomposed = "Zoe\u0308 van 't Hek";
        assertThat(names.nameFor(pass("1", decomposed, "DEH", QualificationType.DIPLOMA)))
                .isEqualTo("1_Zoë_van_'t_Hek_DEH_Diploma.pdf");
        assertThat(names.nameFor(pass("2", "Łukasz Żółć", "EHK", QualificationType.CERTIFICATE)))
                .isEqualTo("2_Łukasz_Żółć_EHK_Certificaat.pdf");
    }

    @Test
    void charactersWindowsForbidsAndInvisibleOnesAreDropped() {
        String name = names.nameFor(pass("12/34", "A<b>:c\"d\\e|f?g*h\tTab\u202Efdp.exe", "DEH",
                QualificationType.DIPLOMA));
        assertThat(name).isEqualTo("1234_Abcdefgh_Tabfdp.exe_DEH_Diploma.pdf").doesNotContainPattern("[\\p{Cc}\\p{Cf}]");
    }

    @Test
    void aWindowsDeviceNameIsNotTheStemOfAName() {
        assertThat(names.nameFor(pass("CON.1", "Jan", "DEH", QualificationType.DIPLOMA)))
                .isEqualTo("_CON.1_Jan_DEH_Diploma.pdf");
        assertThat(names.nameFor(pass("nul", "", "", QualificationType.DIPLOMA)))
                .isEqualTo("nul___Diploma.pdf");
    }

    @Test
    void aLongNameIsShortenedInTheHolderNameKeepingNumberCodeAndType() {
        String name = names.nameFor(pass("99600953", "Ŵ".repeat(200), "DEH", QualificationType.DIPLOMA));
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_BYTES);
        assertThat(name).startsWith("99600953_ŴŴ").endsWith("Ŵ_DEH_Diploma.pdf");
    }

    @Test
    void theSameNameTwiceInABundleGetsANumberIgnoringCase() {
        PassContent first = pass("99600953", "Dhr. TEST de Tester", "DEH", QualificationType.DIPLOMA);
        PassContent shouting = pass("99600953", "DHR. TEST DE TESTER", "DEH", QualificationType.DIPLOMA);

        assertThat(names.nameFor(first)).isEqualTo("99600953_Dhr._TEST_de_Tester_DEH_Diploma.pdf");
        assertThat(names.nameFor(first)).isEqualTo("99600953_Dhr._TEST_de_Tester_DEH_Diploma_2.pdf");
        assertThat(names.nameFor(shouting)).isEqualTo("99600953_DHR._TEST_DE_TESTER_DEH_Diploma_3.pdf");
        assertThat(new PassFileNames().nameFor(first)).isEqualTo("99600953_Dhr._TEST_de_Tester_DEH_Diploma.pdf");
    }
}
