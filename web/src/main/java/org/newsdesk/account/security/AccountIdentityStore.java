package org.newsdesk.account.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.newsdesk.account.boundary.AccountService;
import org.newsdesk.account.boundary.Authenticated;
import org.newsdesk.account.boundary.TokenService;
import org.newsdesk.account.boundary.LoginChannel;
import org.newsdesk.account.entity.Role;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one identity store of Newsdesk: passwords through {@link AccountService}, personal API tokens through
 * {@link TokenService}.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** A marker among the groups (never a role): the password was reset and must be changed first. */
    private static final String MUST_CHANGE_PASSWORD = "newsdesk:must-change-password";
    /** A marker among the groups: the password was right, the second step of the login is outstanding. */
    private static final String SECOND_STEP = "newsdesk:second-step";

    @EJB
    AccountService accounts;

    @EJB
    TokenService tokens;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof TokenCredential token) {
            return tokens.authenticate(token.token())
                    .map(who -> new CredentialValidationResult(who.username(), groups(who)))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        }
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginChannel channel = login instanceof ChannelCredential c ? c.channel() : LoginChannel.API;
        return accounts.authenticate(login.getCaller(), login.getPasswordAsString(), channel)
                .map(who -> new CredentialValidationResult(who.username(), groups(who)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static Set<String> groups(Authenticated who) {
        Set<String> groups = who.roles().stream().map(Role::name).collect(Collectors.toCollection(HashSet::new));
        if (who.mustChangePassword()) {
            groups.add(MUST_CHANGE_PASSWORD);
        }
        if (who.secondStepRequired()) {
            groups.add(SECOND_STEP);
        }
        return groups;
    }

    /** Whether the validated account must choose a new password before anything else. */
    static boolean mustChangePassword(CredentialValidationResult result) {
        return result.getCallerGroups().contains(MUST_CHANGE_PASSWORD);
    }

    /** Whether the password was right but the login waits for its second step. */
    static boolean secondStepRequired(CredentialValidationResult result) {
        return result.getCallerGroups().contains(SECOND_STEP);
    }

    /** The roles to grant: the groups without the markers. */
    static Set<String> roles(CredentialValidationResult result) {
        return result.getCallerGroups().stream()
                .filter(group -> !group.equals(MUST_CHANGE_PASSWORD) && !group.equals(SECOND_STEP))
                .collect(Collectors.toUnmodifiableSet());
    }
}
