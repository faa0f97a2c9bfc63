package org.triturate.compounding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders label lines as a one-page PDF with Apache PDFBox: Helvetica, long lines wrapped. Helvetica encodes
 * WinAnsi only, so a character outside it (a name in another script) prints as '?' instead of failing the label.
 */
public final class LabelPdf {

    private static final float FONT_SIZE = 9;
    private static final float LEADING = 11.5f;
    private static final float MARGIN = 24;
    private static final int WRAP_AT = 90;

    private LabelPdf() {}

    public static byte[] render(List<String> lines) {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<String> wrapped = lines.stream()
                    .flatMap(line -> wrap(encodable(font, line)).stream())
                    .toList();
            float height = Math.max(PDRectangle.A6.getWidth(), 2 * MARGIN + LEADING * wrapped.size());
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A5.getHeight(), height));
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(font, FONT_SIZE);
                text.setLeading(LEADING);
                text.newLineAtOffset(MARGIN, height - MARGIN);
                for (String line : wrapped) {
                    text.showText(line);
                    text.newLine();
                }
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render a label", e);
        }
    }

    private static String encodable(PDType1Font font, String line) {
        StringBuilder safe = new StringBuilder();
        line.codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            safe.append(canEncode(font, character) ? character : "?");
        });
        return safe.toString();
    }

    private static boolean canEncode(PDType1Font font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static List<String> wrap(String line) {
        List<String> parts = new ArrayList<>();
        String rest = line;
        while (rest.length() > WRAP_AT) {
            int cut = rest.lastIndexOf(' ', WRAP_AT);
            int at = cut > 0 ? cut : WRAP_AT;
            parts.add(rest.substring(0, at));
            rest = rest.substring(at).stripLeading();
        }
        parts.add(rest);
        return parts;
    }
}
