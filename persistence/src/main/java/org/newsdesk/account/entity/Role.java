package org.newsdesk.account.entity;

/**
 * The newsroom roles. A person may hold several: a reporter who also fact-checks others' stories, say.
 */
public enum Role {
    /** Drafts and revises stories, imports agency copy, submits for fact-check. */
    REPORTER,
    /** Edits, returns, assigns and publishes; reads the audit log. */
    EDITOR,
    /** Marks and rates the claims in a story. */
    FACT_CHECKER,
    /** Approves (never their own work) and publishes. */
    CHIEF_EDITOR,
    /** Manages accounts and roles, verifies the audit ledger. */
    ADMIN
}
