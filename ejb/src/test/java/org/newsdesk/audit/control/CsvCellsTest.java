package org.newsdesk.audit.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvCellsTest {

    @Test
    void everyFormulaStartIsNeutralised() {
        assertEquals("\"'=1+1\"", CsvCells.text("=1+1"));
        assertEquals("\"'+49 30 1234\"", CsvCells.text("+49 30 1234"));
        assertEquals("\"'-2+3\"", CsvCells.text("-2+3"));
        assertEquals("\"'@SUM(A1)\"", CsvCells.text("@SUM(A1)"));
        assertEquals("\"'\tcmd\"", CsvCells.text("\tcmd"));
        assertEquals("\"'\rcmd\"", CsvCells.text("\rcmd"));
    }

    @Test
    void quotesAreDoubledAndOrdinaryTextKept() {
        assertEquals("\"Sie sagte \"\"nein\"\" – „so“\"", CsvCells.text("Sie sagte \"nein\" – „so“"));
        assertEquals("\"a=b, c\"", CsvCells.text("a=b, c"), "only the first character matters");
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvCells.text("=HYPERLINK(\"http://x\")"));
        assertEquals("\"\"", CsvCells.text(""));
        assertEquals("", CsvCells.text(null));
        assertEquals("1,\"x\"\r\n", CsvCells.line("1", CsvCells.text("x")));
    }
}
