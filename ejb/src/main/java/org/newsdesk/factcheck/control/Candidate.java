package org.newsdesk.factcheck.control;

import java.util.List;

/** A check-worthy passage (one sentence or subhead) and why it is worth checking. */
public record Candidate(int start, int end, String text, List<String> reasons) {
}
