/** MicroProfile Health checks: Newsdesk is ready only while its database answers. */
package org.newsdesk.shared.health;
