/**
 * Live updates for open screens: a plain websocket per screen and story ({@code /updates/{screen}/{storyId}}) that
 * only says "look again"; the page then reloads its parts through its own authorised Faces requests.
 *
 * <p>Why not the Faces websocket ({@code f:websocket}): Mojarra keeps its session registry in a static field of a
 * class that Payara shares between all applications, so after a redeploy the endpoint registers new sockets in the
 * undeployed application's registry and every push is silently lost. Here the registry is an application-scoped
 * bean of this application.
 */
package org.newsdesk.shared.push;
