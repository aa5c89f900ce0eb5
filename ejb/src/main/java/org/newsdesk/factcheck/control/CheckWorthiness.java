package org.newsdesk.factcheck.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hints for fact-checkers: which sentences assert something checkable. A sentence is a candidate when it holds a
 * number, percentage, amount of money, date or year, a direct quotation, an attribution ("sagte", "said") or a
 * superlative or record ("erstmals", "largest since"). German and English rules apply to both languages, because
 * German copy quotes English and the other way round. These are hints, not verdicts: recall over precision.
 */
public final class CheckWorthiness {

    private static final String MONTHS = "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober"
            + "|November|Dezember|January|February|March|June|July|October|December";
    private static final Pattern DATE = Pattern.compile("\\b\\d{1,2}\\.\\d{1,2}\\.(\\d{4}|\\d{2})\\b"
            + "|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}\\.\\s?(" + MONTHS + ")\\b|\\b(" + MONTHS + ")\\s+(\\d{1,2},?\\s+)?\\d{4}\\b"
            + "|\\b(" + MONTHS + ")\\s+\\d{1,2}\\b"
            + "|\\b(am|an diesem|diesen|on|last|next)\\s+(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag"
            + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?<!\\d[.,-])(19|20)\\d{2}(?!\\d|[.,-]\\d)");
    private static final Pattern NUMBER = Pattern.compile("\\d+([.,]\\d+)*");
    private static final Pattern PERCENT = Pattern.compile("%|\\bProzent\\b|\\bpercent\\b|\\bper cent\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONEY = Pattern.compile("[€$£]|\\b(Euro|Dollar|Franken|Pfund|EUR|USD|CHF|GBP)\\b"
            + "|\\b(euros?|dollars?|pounds?)\\b");
    private static final Pattern QUOTE = Pattern.compile("„[^“”\"]{2,}[“”\"]|»[^«]{2,}«|«[^»]{2,}»|\"[^\"]{2,}\"|‚[^‘’]{2,}[‘’]|“[^”]{2,}”");
    private static final Pattern ATTRIBUTION = Pattern.compile("\\b(sagte|sagt|sagten|erklärte|erklärt|betonte|"
            + "kritisierte|forderte|bekräftigte|beklagte|bezeichnete|zufolge|laut|nach (eigenen )?Angaben|"
            + "fügte\\b.*\\bhinzu|warf\\b.*\\bvor|teilte\\b.*\\bmit|said|says|told|added|stated|claimed|according to)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUPERLATIVE = Pattern.compile("\\b(höchste[nrs]?|größte[nrs]?|meiste[nrs]?|"
            + "erste[nrs]?|letzte[nrs]?|niedrigste[nrs]?|wichtigste[nrs]?|stärkste[nrs]?|schwerste[nrs]?|"
            + "beste[nrs]?|schlechteste[nrs]?|jüngste[nrs]?|älteste[nrs]?|am meisten|Rekord\\w*|so hoch wie nie|"
            + "erstmals|letztmals|noch nie|first|largest|biggest|highest|lowest|most|record|ever|worst|best)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> ABBREVIATIONS = Set.of("z.B", "u.a", "Dr", "Nr", "bzw", "ca", "Mio", "Mrd",
            "etc", "Mr", "Mrs", "e.g", "i.e", "vs", "St", "Prof", "Abs", "Jh", "d.h");

    private CheckWorthiness() {
    }

    public static List<Candidate> candidates(String text, String language) {
        List<Candidate> candidates = new ArrayList<>();
        for (int[] sentence : sentences(text)) {
            String s = text.substring(sentence[0], sentence[1]);
            Set<String> reasons = new TreeSet<>();
            String withoutDates = DATE.matcher(s).replaceAll(" ");
            if (DATE.matcher(s).find()) {
                reasons.add("date");
            }
            if (YEAR.matcher(s).find()) {
                reasons.add("year");
            }
            Matcher number = NUMBER.matcher(YEAR.matcher(withoutDates).replaceAll(" "));
            if (number.find()) {
                reasons.add("number");
            }
            if (PERCENT.matcher(s).find()) {
                reasons.add("percentage");
            }
            if (MONEY.matcher(s).find()) {
                reasons.add("money");
            }
            if (QUOTE.matcher(s).find()) {
                reasons.add("quote");
            }
            if (ATTRIBUTION.matcher(s).find()) {
                reasons.add("attribution");
            }
            if (SUPERLATIVE.matcher(s).find()) {
                reasons.add("superlative");
            }
            if (!reasons.isEmpty()) {
                candidates.add(new Candidate(sentence[0], sentence[1], s, List.copyOf(reasons)));
            }
        }
        return candidates;
    }

    /**
     * Sentences as [start, end): paragraphs split at blank lines, sentences at . ! ? before whitespace — but not
     * inside a quotation, not after a number ("12." of a date, "2." of an ordinal) and not after an abbreviation.
     */
    static List<int[]> sentences(String text) {
        List<int[]> sentences = new ArrayList<>();
        int start = 0;
        boolean inQuote = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '„' || c == '»' || c == '“' && !inQuote) {
                inQuote = true;
            } else if ((c == '“' || c == '«' || c == '”') && inQuote) {
                inQuote = false;
            } else if (c == '"') {
                inQuote = !inQuote;
            }
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                add(sentences, text, start, i);
                start = i + 1;
                inQuote = false;
                continue;
            }
            boolean end = (c == '.' || c == '!' || c == '?')
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
            if (end && !inQuote && !(c == '.' && (afterNumber(text, i) || afterAbbreviation(text, i)))) {
                add(sentences, text, start, i + 1);
                start = i + 1;
            }
        }
        add(sentences, text, start, text.length());
        return sentences;
    }

    private static boolean afterNumber(String text, int dot) {
        int digits = 0;
        for (int i = dot - 1; i >= 0 && Character.isDigit(text.charAt(i)); i--) {
            digits++;
        }
        return digits > 0 && digits <= 2;
    }

    private static boolean afterAbbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return ABBREVIATIONS.contains(text.substring(start, dot));
    }

    private static void add(List<int[]> sentences, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            sentences.add(new int[] {start, end});
        }
    }
}
