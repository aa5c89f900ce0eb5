/** JSON-P with its provider looked up once. */
package org.newsdesk.shared.json;
