/** Password hashing and the cache of recently verified credentials. */
package org.newsdesk.account.control;
