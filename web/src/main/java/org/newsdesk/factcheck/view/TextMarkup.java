package org.newsdesk.factcheck.view;

import org.newsdesk.factcheck.boundary.ClaimView;
import org.newsdesk.factcheck.boundary.Hint;
import org.newsdesk.shared.view.Html;

import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Renders the canonical text with claims and hints marked. The markup adds no characters to the text (labels are
 * CSS generated content), so the offsets of a selection in the browser are offsets in the canonical text. Every
 * mark carries its verdict as a symbol and a word in the user's language, never as colour alone.
 */
public final class TextMarkup {

    private TextMarkup() {
    }

    /**
     * @param words the user's words for message keys ({@code verdict.<verdict>}, {@code factcheck.recheck})
     */
    static String render(String text, List<ClaimView> claims, List<Hint> hints, String selectedId,
                         UnaryOperator<String> words) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (ClaimView claim : claims) {
            if (claim.anchor().start() != null) {
                cuts.add(claim.anchor().start());
                cuts.add(claim.anchor().end());
            }
        }
        for (Hint hint : hints) {
            cuts.add(hint.start());
            cuts.add(hint.end());
        }
        StringBuilder html = new StringBuilder();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                segment(html, text, previous, cut, claims, hints, selectedId, words);
            }
            previous = cut;
        }
        return html.toString();
    }

    private static void segment(StringBuilder html, String text, int from, int to, List<ClaimView> claims,
                                List<Hint> hints, String selectedId, UnaryOperator<String> words) {
        StringBuilder classes = new StringBuilder();
        String claimId = null;
        for (ClaimView claim : claims) {
            Integer start = claim.anchor().start();
            if (start != null && start <= from && to <= claim.anchor().end()) {
                if (start == from) {
                    html.append("<mark class=\"nd-claim-label nd-v-").append(claim.verdict())
                            .append("\" data-label=\"").append(Html.escape(label(claim, words))).append("\"></mark>");
                }
                classes.append(" nd-claim nd-v-").append(claim.verdict());
                if (claim.needsRecheck()) {
                    classes.append(" nd-recheck");
                }
                if (claim.id().equals(selectedId)) {
                    classes.append(" nd-selected");
                }
                claimId = claim.id();
            }
        }
        String reasons = null;
        for (Hint hint : hints) {
            if (hint.start() <= from && to <= hint.end()) {
                classes.append(" nd-hint");
                reasons = reasons(hint, words);
            }
        }
        String escaped = Html.escape(text.substring(from, to));
        if (classes.length() == 0) {
            html.append(escaped);
            return;
        }
        html.append("<span class=\"").append(classes.toString().strip()).append('"');
        if (claimId != null) {
            html.append(" data-claim=\"").append(claimId).append('"');
        }
        if (reasons != null) {
            html.append(" title=\"").append(Html.escape(reasons)).append('"');
        }
        html.append('>').append(escaped).append("</span>");
    }

    /** Why a passage is check-worthy, in words: "a year, a quotation". */
    static String reasons(Hint hint, UnaryOperator<String> words) {
        return hint.reasons().stream().map(reason -> words.apply("reason." + reason)).collect(Collectors.joining(", "));
    }

    static String label(ClaimView claim, UnaryOperator<String> words) {
        return label(claim.verdict(), words) + (claim.needsRecheck() ? " · " + words.apply("factcheck.recheck") : "");
    }

    /** A verdict as symbol and word, e.g. "✘ false": the symbol tells it apart without colour. */
    public static String label(String verdict, UnaryOperator<String> words) {
        String symbol = switch (verdict) {
            case "verified" -> "✔";
            case "false" -> "✘";
            case "misleading" -> "⚠";
            case "unverifiable" -> "?";
            case "needs-context" -> "ℹ";
            default -> "○";
        };
        return symbol + " " + words.apply("verdict." + verdict);
    }
}
