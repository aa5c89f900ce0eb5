package org.newsdesk.factcheck.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One rating of a claim, as kept for ever: what was rated (the wording, in which revision), how, by whom. */
public record VerdictView(String verdict, String rationale, List<ClaimView.Source> sources, String checkedBy,
                          Instant checkedAt, int revision, String ratedText) implements Serializable {
}
