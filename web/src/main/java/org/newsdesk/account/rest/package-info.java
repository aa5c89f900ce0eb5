/** /api/users: account administration for admins. */
package org.newsdesk.account.rest;
