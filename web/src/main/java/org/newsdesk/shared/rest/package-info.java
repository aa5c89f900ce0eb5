/** The JAX-RS application under /api and what all resources share: problem+json errors, role checks, JSON. */
package org.newsdesk.shared.rest;
