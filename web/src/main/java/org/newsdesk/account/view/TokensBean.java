package org.newsdesk.account.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.newsdesk.account.boundary.NewToken;
import org.newsdesk.account.boundary.TokenService;
import org.newsdesk.account.boundary.TokenSummary;
import org.newsdesk.shared.view.Messages;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;

/** "My account": the user's personal API tokens — create (the secret shown once), list, revoke. */
@Named
@ViewScoped
public class TokensBean implements Serializable {

    private static final List<Integer> LIFETIMES = List.of(30, 90, 180, 366);

    @EJB
    transient TokenService tokenService;

    private String name;
    private int days = TokenService.DEFAULT_DAYS;
    private List<TokenSummary> tokens;
    private transient String secret;

    public List<TokenSummary> getTokens() {
        if (tokens == null) {
            tokens = tokenService.mine();
        }
        return tokens;
    }

    public void create() {
        NewToken created = tokenService.create(name, days);
        secret = created.token();
        tokens = null;
        name = null;
        PrimeFaces.current().ajax().addCallbackParam("created", true);
        Messages.info("tokens.created", created.summary().name());
    }

    public void revoke(TokenSummary token) {
        tokenService.revoke(token.id());
        tokens = null;
        Messages.info("tokens.revoked", token.name());
    }

    public void forgetSecret() {
        secret = null;
    }

    public String getSecret() {
        return secret;
    }

    public List<Integer> getLifetimes() {
        return LIFETIMES;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }
}
