package org.newsdesk.workflow.entity;

import java.util.List;

/**
 * What the guards of the workflow look at, gathered for one story, one caller and one request.
 *
 * @param hasHeadlineAndBody    the current revision has a headline and a non-empty body
 * @param hasComment            the request carries a comment
 * @param actorIsAuthor         the caller created the story or wrote any of its revisions
 * @param approvalIsCurrent     the story's approval names its current revision (and hash)
 * @param uncheckedClaims       quotes of claims without a verdict
 * @param claimsNeedingRecheck  quotes of rated claims whose wording changed since
 * @param unresolvedFalseClaims quotes of claims rated false or misleading without a resolution
 */
public record StoryFacts(boolean hasHeadlineAndBody, boolean hasComment, boolean actorIsAuthor,
                        boolean approvalIsCurrent, List<String> uncheckedClaims, List<String> claimsNeedingRecheck,
                        List<String> unresolvedFalseClaims) {

    public StoryFacts {
        uncheckedClaims = List.copyOf(uncheckedClaims);
        claimsNeedingRecheck = List.copyOf(claimsNeedingRecheck);
        unresolvedFalseClaims = List.copyOf(unresolvedFalseClaims);
    }
}
