/** The run command (embedded PostgreSQL + Payara Server + the EAR, in the foreground) and what the tests share of it. */
package org.newsdesk.run;
