/** Newsroom accounts: who may log in, with which roles, and the lock-out state of failed logins. */
package org.newsdesk.account.entity;
