package org.newsdesk.story.control;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgencyCopyImporterTest {

    private final AgencyCopyImporter importer = new AgencyCopyImporter();

    private static byte[] sample() throws IOException {
        try (InputStream in = AgencyCopyImporterTest.class.getResourceAsStream(
                "/samples/dlf-nato-russland-rat-2022-01-12.txt")) {
            return in.readAllBytes();
        }
    }

    private static ImportedStory.Block p(String text) {
        return new ImportedStory.Block("p", text);
    }

    private static ImportedStory.Block h2(String text) {
        return new ImportedStory.Block("h2", text);
    }

    @Test
    void theDeutschlandfunkSampleImportsIntoExactlyThisStructure() throws Exception {
        ImportedStory story = importer.parse(sample());
        assertEquals(YearMonth.of(2022, 1), story.metadataDate());
        assertEquals("Jens Stoltenberg (r), Generalsekretär der Nato, begrüßt den russischen Vize-Außenminister "
                + "Alexander Gruschko (M) und den stellvertretenden russischen Verteidigungsminister Alexander Fomin "
                + "im Nato-Hauptquartier.", story.caption());
        assertEquals("Olivier Hoslet/Pool EPA/AP/dpa", story.credit());
        assertEquals("Stoltenberg bezeichnete das Treffen als \"sehr nützlich\"", story.headline());
        assertTrue(story.headlineProvisional());
        assertEquals("Diese Nachricht wurde am 12.01.2022 im Programm Deutschlandfunk gesendet.", story.sourceNote());
        assertEquals(LocalDate.of(2022, 1, 12), story.broadcastDate());
        assertEquals("Deutschlandfunk", story.programme());
        assertEquals(List.of(
                p("Stoltenberg bezeichnete das Treffen als \"sehr nützlich\". Er sehe auch von russischer Seite die "
                        + "grundsätzliche Bereitschaft, den Dialog fortzuführen. Als Zeichen des Entgegenkommens will die "
                        + "Nato nach Stoltenbergs Worten die russische Vertretung im Brüsseler Hauptquartier wieder öffnen "
                        + "sowie das Büro des Bündnisses in Moskau. Zugleich bekräftigte Stoltenberg, Russland müsse die "
                        + "Lage an der Grenze zur Ukraine deeskalieren."),
                h2("\"Wie zu Zeiten des Kalten Krieges\""),
                p("Russland beklagte dagegen ein fehlendes Entgegenkommen der Allianz. Vize-Außenminister Gruschko "
                        + "sagte, das Bündnis zeige keine Bereitschaft, die Sicherheitsinteressen anderer Staaten zu "
                        + "berücksichtigen. Er warf der Nato eine Politik wie zu Zeiten des Kalten Krieges vor. Russland "
                        + "werde sich dagegen wehren."),
                h2("\"Nato ignoriert Deeskalations-Vorschläge\""),
                p("Der stellvertretende Verteidigungsminister Fomin fügte hinzu, Russland habe der Nato Schritte zur "
                        + "Deeskalation vorgeschlagen, aber die Allianz habe das ignoriert. Die Missachtung der russischen "
                        + "Initiativen werde zu Konflikten führen. Die Beziehungen zwischen Russland und der Nato seien "
                        + "heute auf einem \"kritisch niedrigen Niveau\"."),
                p("Russland sieht sich nach eigenen Angaben in seiner Sicherheit bedroht und fordert deshalb ein Ende "
                        + "der Osterweiterung sowie insbesondere auch einen Verzicht auf eine Aufnahme der Ukraine. Im "
                        + "Westen wiederum gibt es nach einem russischen Truppenaufmarsch in Grenznähe Befürchtungen über "
                        + "einen möglichen Einmarsch in die Ukraine, was Moskau zurückweist."),
                h2("Gespräche auch im OSZE-Format"),
                p("Der Nato-Russland-Rat war 2002 ins Leben gerufen worden. Er hatte im Juli 2019 letztmals getagt. An "
                        + "diesem Donnerstag soll es weitere Gespräche mit Russland im Rahmen der Organisation für "
                        + "Sicherheit und Zusammenarbeit in Europa (OSZE) geben.")), story.blocks());
    }

    @Test
    void windowsLineEndingsGiveTheSameStructure() throws Exception {
        String unix = new String(sample(), StandardCharsets.UTF_8);
        byte[] windows = unix.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(importer.parse(sample()), importer.parse(windows));
    }

    @Test
    void aShortFirstLineIsTheHeadline() throws Exception {
        ImportedStory story = importer.parse(("Nato und Russland reden wieder\n\nBild: Treffen in Brüssel (dpa)\n\n"
                + "Die Gespräche „laufen“.\n\nZwischentitel\n\nNoch ein Absatz.").getBytes(StandardCharsets.UTF_8));
        assertEquals("Nato und Russland reden wieder", story.headline());
        assertFalse(story.headlineProvisional());
        assertEquals("Bild: Treffen in Brüssel", story.caption());
        assertEquals("dpa", story.credit());
        assertEquals(List.of(p("Die Gespräche „laufen“."), h2("Zwischentitel"), p("Noch ein Absatz.")), story.blocks());
    }

    @Test
    void emptyBinaryNonUtf8AndOversizedTextsAreRefusedWithAClearMessage() {
        ImportRejectedException empty = assertThrows(ImportRejectedException.class, () -> importer.parse(new byte[0]));
        assertTrue(empty.getMessage().contains("empty"));
        assertThrows(ImportRejectedException.class, () -> importer.parse(" \n\t\n ".getBytes(StandardCharsets.UTF_8)));
        ImportRejectedException binary = assertThrows(ImportRejectedException.class,
                () -> importer.parse(new byte[] {'a', 0, 'b'}));
        assertTrue(binary.getMessage().contains("binary"));
        ImportRejectedException latin1 = assertThrows(ImportRejectedException.class,
                () -> importer.parse(new byte[] {'K', (byte) 0xF6, 'l', 'n'}));
        assertTrue(latin1.getMessage().contains("UTF-8"));
        assertFalse(latin1.tooLarge());
        ImportRejectedException large = assertThrows(ImportRejectedException.class,
                () -> importer.parse(new byte[AgencyCopyImporter.MAX_BYTES + 1]));
        assertTrue(large.tooLarge());
        assertTrue(large.getMessage().contains("1 MB"));
    }
}
