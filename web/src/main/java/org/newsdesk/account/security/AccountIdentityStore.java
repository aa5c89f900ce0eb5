package org.newsdesk.account.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.newsdesk.account.boundary.AccountService;
import org.newsdesk.account.boundary.LoginChannel;
import org.newsdesk.account.entity.Role;

import java.util.stream.Collectors;

/** The one identity store of Newsdesk: the accounts table, through {@link AccountService}. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB
    AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginChannel channel = login instanceof ChannelCredential c ? c.channel() : LoginChannel.API;
        return accounts.authenticate(login.getCaller(), login.getPasswordAsString(), channel)
                .map(who -> new CredentialValidationResult(who.username(),
                        who.roles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
