package org.newsdesk.account.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import org.newsdesk.account.boundary.LoginChannel;

/** A user name and password, plus how they arrived (login form or HTTP Basic): the audit log records both. */
public class ChannelCredential extends UsernamePasswordCredential {

    private final LoginChannel channel;

    public ChannelCredential(String username, String password, LoginChannel channel) {
        super(username, password);
        this.channel = channel;
    }

    public LoginChannel channel() {
        return channel;
    }
}
