package org.newsdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns JMH's CSV results into the Markdown table of docs/BENCHMARKS.md, so that the table is copied from what the
 * run wrote, never typed: {@code JmhTable <results.csv> <table.md> <commit>}.
 */
public final class JmhTable {

    private JmhTable() {
    }

    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        List<String> header = cells(lines.get(0));
        List<Integer> params = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).startsWith("Param: ")) {
                params.add(i);
            }
        }
        StringBuilder table = new StringBuilder("Commit " + (args.length > 2 ? args[2] : "?")
                + ", no database (pure JVM), JMH " + org.openjdk.jmh.util.Version.getPlainVersion()
                + ".\n\n| benchmark |");
        params.forEach(i -> table.append(' ').append(header.get(i).substring("Param: ".length())).append(" |"));
        table.append(" mean | ± (99.9 %) | unit |\n|---|");
        table.append("---|".repeat(params.size())).append("---|---|---|\n");
        for (String line : lines.subList(1, lines.size())) {
            List<String> row = cells(line);
            String name = row.get(0).substring(row.get(0).lastIndexOf('.') + 1);
            table.append("| ").append(name).append(" |");
            params.forEach(i -> table.append(' ').append(row.get(i)).append(" |"));
            table.append(' ').append(number(row.get(4))).append(" | ").append(number(row.get(5))).append(" | ")
                    .append(row.get(6)).append(" |\n");
        }
        Files.writeString(Path.of(args[1]), table.toString(), StandardCharsets.UTF_8);
        System.out.print(table);
    }

    private static String number(String value) {
        double number = Double.parseDouble(value);
        return String.format(Locale.ROOT, number >= 100 ? "%.0f" : number >= 1 ? "%.2f" : "%.3f", number);
    }

    /** One line of JMH's CSV: quoted cells, commas between. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
