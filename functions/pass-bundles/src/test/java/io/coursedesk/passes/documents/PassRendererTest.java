package io.coursedesk.passes.documents;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.coursedesk.passes.holders.QualificationType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class PassRendererTest {
    static final String URL = "https://app.coursedesk.nl/verify/"
            + "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0-P0BBQkNE";

    private final PassRenderer renderer = new PassRenderer(new DocumentFonts());

    static PassContent pass(String holderName) {
        return new PassContent("Het Oranje Kruis Opleidingen", holderName, "99600953", "Diploma Eerste Hulp", "DEH",
                QualificationType.DIPLOMA, LocalDate.of(2024, 3, 18), LocalDate.of(2026, 4, 1), "1122334455",
                "Project Zuidas", URL);
    }

    @Test
    void namesWithDiacriticsAreWrittenInTheEmbeddedFont() throws IOException {
        for (String name : new String[] {"Łukasz Żółć", "Şükrü Öztürk", "Zoë van 't Hek"}) {
            try (PDDocument document = Loader.loadPDF(render(pass(name)))) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains(name, "Diploma Eerste Hulp (DEH)", "99600953", "18-03-2024", "01-04-2026",
                        "Extern nummer", "1122334455", "Kenmerk", "Project Zuidas", "Het Oranje Kruis Opleidingen");
                assertThat(document.getPage(0).getResources().getFontNames())
                        .allSatisfy(font -> assertThat(document.getPage(0).getResources().getFont(font).isEmbedded())
                                .isTrue());
            }
        }
    }

    @Test
    void theQrCodeOnThePageOpensTheVerificationUrl() throws Exception {
        try (PDDocument document = Loader.loadPDF(render(pass("Zoë van 't Hek")))) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));

            assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(URL);
        }
    }

    @Test
    void thePageHasTheSizeOfABankCard() throws IOException {
        try (PDDocument document = Loader.loadPDF(render(pass("Zoë van 't Hek")))) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth() * 25.4 / 72).isCloseTo(85.6, offset(0.1));
            assertThat(page.getHeight() * 25.4 / 72).isCloseTo(54.0, offset(0.1));
        }
    }

    @Test
    void aLongNameIsShrunkOrCutNotDrawnOverTheEdge() throws IOException {
        String longName = "Mevr. Anna-Maria Catharina Wilhelmina van den Heuvel-Oosterbroek tot Zandvoort";
        try (PDDocument document = Loader.loadPDF(render(pass(longName)))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Mevr. Anna-Maria").doesNotContain("tot Zandvoort");
        }
    }

    @Test
    void theStreamItWritesToStaysOpenForTheNextPass() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream out = new FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        renderer.write(pass("Şükrü Öztürk"), out);
        renderer.write(pass("Łukasz Żółć"), out);

        assertThat(closed).isFalse();
        assertThat(new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1))
                .startsWith("%PDF-").containsPattern("%%EOF\\s*%PDF-");
    }

    @Test
    void aBatchSharesOneSubsetAndAPassOutsideItGetsItsOwn() throws IOException {
        PassRenderer.Batch batch = renderer.batch(List.of(pass("Łukasz Żółć"), pass("Zoë van 't Hek")));
        ByteArrayOutputStream inBatch = new ByteArrayOutputStream();
        ByteArrayOutputStream outside = new ByteArrayOutputStream();

        batch.write(pass("Zoë van 't Hek"), inBatch);
        batch.write(pass("Αθηνά Παπαδοπούλου"), outside);

        try (PDDocument zoe = Loader.loadPDF(inBatch.toByteArray());
             PDDocument athina = Loader.loadPDF(outside.toByteArray())) {
            assertThat(new PDFTextStripper().getText(zoe)).contains("Zoë van 't Hek", "Project Zuidas");
            assertThat(new PDFTextStripper().getText(athina)).contains("Αθηνά Παπαδοπούλου", "Project Zuidas");
            assertThat(fontNames(zoe)).as("the batch's subset").doesNotContainAnyElementsOf(fontNames(athina));
        }
    }

    /** Not a timed test: prints what 500 passes cost, the renderer's share of a bundle's 2 s. */
    @Test
    void fiveHundredPassesInARow() throws IOException {
        for (int i = 0; i < 100; i++) {
            renderer.write(pass("Warm Up " + i), OutputStream.nullOutputStream());
        }
        long start = System.nanoTime();
        long size = 0;
        for (int i = 0; i < 500; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.write(pass("Łukasz Żółć " + i), out);
            size += out.size();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("500 passes: %d ms, %d kB on average%n", millis, size / 500 / 1024);
        assertThat(size / 500).isLessThan(40_000);
    }

    private static List<String> fontNames(PDDocument document) throws IOException {
        List<String> names = new ArrayList<>();
        for (COSName font : document.getPage(0).getResources().getFontNames()) {
            names.add(document.getPage(0).getResources().getFont(font).getName());
        }
        return names;
    }

    private byte[] render(PassContent pass) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.write(pass, out);
        return out.toByteArray();
    }
}
