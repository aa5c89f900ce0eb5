package org.newsdesk.story.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The XSS corpus shared by the unit tests here and the browser test ({@code XssCorpusIT}):
 * {@code src/test/resources/xss/payloads.txt}, one payload per line, {@code ## } category headers.
 */
final class XssCorpus {

    private XssCorpus() {
    }

    static List<String> payloads() throws IOException {
        try (InputStream in = XssCorpus.class.getResourceAsStream("/xss/payloads.txt")) {
            if (in == null) {
                throw new IllegalStateException("xss/payloads.txt is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("## "))
                    .toList();
        }
    }
}
