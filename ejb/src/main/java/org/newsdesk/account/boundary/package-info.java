/** Accounts: authentication with lock-out, administration of users and roles, demo accounts. */
package org.newsdesk.account.boundary;
