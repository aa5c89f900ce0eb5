/** The login page and the administrators' accounts screen. */
package org.newsdesk.account.view;
