package org.newsdesk.account.view;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.common.BitMatrix;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QrCodesTest {

    @Test
    void theSvgDrawsTheQrCodeOfTheTextWithAQuietZone() throws Exception {
        String uri = "otpauth://totp/Newsdesk:anna?secret=JBSWY3DPEHPK3PXP&issuer=Newsdesk";
        String svg = QrCodes.svg(uri);
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertTrue(box.find(), svg);
        int size = Integer.parseInt(box.group(1));
        BitMatrix matrix = new BitMatrix(size);
        Matcher square = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        while (square.find()) {
            matrix.set(Integer.parseInt(square.group(1)), Integer.parseInt(square.group(2)));
        }
        for (int i = 0; i < size; i++) {
            assertTrue(!matrix.get(i, 0) && !matrix.get(0, i) && !matrix.get(i, 3), "quiet zone");
        }
        com.google.zxing.Result read = new com.google.zxing.qrcode.QRCodeReader().decode(new BinaryBitmap(
                new com.google.zxing.common.HybridBinarizer(new MatrixSource(matrix))));
        assertEquals(uri, read.getText());
        assertTrue(QrCodes.dataUri(uri).startsWith("data:image/svg+xml;base64,"));
    }

    /** The drawn modules as a luminance source, scaled up so that the reader finds them. */
    private static final class MatrixSource extends com.google.zxing.LuminanceSource {
        private static final int SCALE = 4;
        private final BitMatrix matrix;

        MatrixSource(BitMatrix matrix) {
            super(matrix.getWidth() * SCALE, matrix.getHeight() * SCALE);
            this.matrix = matrix;
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] line = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
            for (int x = 0; x < getWidth(); x++) {
                line[x] = matrix.get(x / SCALE, y / SCALE) ? 0 : (byte) 255;
            }
            return line;
        }

        @Override
        public byte[] getMatrix() {
            byte[] all = new byte[getWidth() * getHeight()];
            for (int y = 0; y < getHeight(); y++) {
                System.arraycopy(getRow(y, null), 0, all, y * getWidth(), getWidth());
            }
            return all;
        }
    }
}
