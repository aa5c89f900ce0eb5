package org.newsdesk.workflow.entity;

import java.util.List;
import java.util.function.Function;

/**
 * A condition an action needs besides the right role and state. A guard that does not hold refuses the action with
 * a reason (422); where the reason is about claims, it names them.
 */
public enum Guard {
    /** A story goes to the fact-checkers only with a headline and a body. */
    HEADLINE_AND_BODY(f -> f.hasHeadlineAndBody() ? List.of() : List.of("-"),
            "The story needs a headline and a body."),
    /** Returning, spiking and reopening say why, for the people who get the story back. */
    COMMENT(f -> f.hasComment() ? List.of() : List.of("-"), "Give a comment that says why."),
    /** Every claim has a verdict. */
    NO_UNCHECKED_CLAIMS(StoryFacts::uncheckedClaims, "These claims are not rated yet: {0}"),
    /** No claim's rated wording has changed since it was rated. */
    NO_CLAIM_NEEDS_RECHECK(StoryFacts::claimsNeedingRecheck, "These claims changed since they were rated and need a re-check: {0}"),
    /** A claim rated false or misleading has an editor's resolution (how it was handled). */
    FALSE_CLAIMS_RESOLVED(StoryFacts::unresolvedFalseClaims,
            "These claims are rated false or misleading and have no resolution: {0}"),
    /** Four eyes: nobody approves a story of which they wrote any revision. */
    NOT_AN_AUTHOR(f -> f.actorIsAuthor() ? List.of("-") : List.of(),
            "You wrote a revision of this story; another chief editor must approve it (four eyes)."),
    /** What is published is exactly what was approved. */
    APPROVAL_IS_CURRENT(f -> f.approvalIsCurrent() ? List.of() : List.of("-"),
            "The approval is for another revision than the current one; the story needs a new approval.");

    private final Function<StoryFacts, List<String>> blockers;
    private final String message;

    Guard(Function<StoryFacts, List<String>> blockers, String message) {
        this.blockers = blockers;
        this.message = message;
    }

    /**
     * What stands in the way: empty when the guard holds; else the blocking claims' quotes (or one placeholder for
     * guards that are not about claims).
     */
    public List<String> blockers(StoryFacts facts) {
        return blockers.apply(facts);
    }

    /** The English reason, with the blocking claims named (the API's language; screens use their bundles). */
    public String reason(List<String> blockers) {
        return message.replace("{0}", quoted(blockers));
    }

    /** The key of the reason in the screens' resource bundles. */
    public String messageKey() {
        return "guard." + name();
    }

    /** The most claims a reason names; the rest are counted ("and 12 more"). */
    public static final int NAMED = 10;

    /** Blocking claims as a readable list: „quote one“, „quote two“ (at most {@link #NAMED}, then "+ N"). */
    public static String quoted(List<String> quotes) {
        StringBuilder out = new StringBuilder();
        for (String quote : quotes.subList(0, Math.min(NAMED, quotes.size()))) {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            String shortQuote = quote.length() > 80 ? quote.substring(0, 79) + "…" : quote;
            out.append('„').append(shortQuote).append('“');
        }
        if (quotes.size() > NAMED) {
            out.append(" + ").append(quotes.size() - NAMED);
        }
        return out.toString();
    }
}
