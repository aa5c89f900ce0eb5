package org.newsdesk.account.view;

import org.newsdesk.shared.push.ScreenUpdates;
import jakarta.inject.Inject;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.newsdesk.account.boundary.AccountService;
import org.newsdesk.account.boundary.PasswordService;
import org.newsdesk.account.boundary.AccountSummary;
import org.newsdesk.account.boundary.NewAccount;
import org.newsdesk.account.entity.Role;
import org.newsdesk.audit.boundary.AuditEntry;
import org.newsdesk.audit.boundary.AuditSearch;
import org.newsdesk.audit.entity.AuditAction;
import org.newsdesk.audit.view.DetailsLayout;
import org.newsdesk.shared.boundary.Page;
import org.newsdesk.shared.view.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The administrators' accounts screen: a lazy table, a create dialog, a roles dialog, password resets and
 * disabling.
 */
@Named
@ViewScoped
public class AccountsBean implements Serializable {

    @EJB
    AccountService accounts;

    @EJB
    transient AuditSearch audit;

    @EJB
    transient PasswordService passwords;

    @Inject
    transient ScreenUpdates updates;

    private final LazyDataModel<AccountRow> model = new AccountModel();

    private String username;
    private String displayName;
    private String password;
    private List<String> roles = new ArrayList<>();

    private AccountRow selected;
    private List<String> selectedRoles = new ArrayList<>();
    private List<AuditEntry> history = List.of();
    private transient String temporaryPassword;

    public void prepareCreate() {
        username = null;
        displayName = null;
        password = null;
        roles = new ArrayList<>();
    }

    public void create() {
        AccountSummary created = accounts.create(new NewAccount(username, displayName, password, roles));
        password = null;
        Messages.info("accounts.created", created.username());
    }

    public void select(AccountRow account) {
        selected = account;
        selectedRoles = new ArrayList<>(account.getRoles());
    }

    /**
     * The account's history from the audit ledger, newest first: created (with which roles), every change of its
     * roles (before and after), password resets and changes, disabled — who did it and when. The ledger is the history; no second copy.
     */
    public void showHistory(AccountRow account) {
        selected = account;
        history = audit.history("account", account.getUsername(), List.of(AuditAction.ACCOUNT_CREATED,
                AuditAction.ACCOUNT_ROLES_CHANGED, AuditAction.ACCOUNT_DISABLED, AuditAction.ACCOUNT_PASSWORD_RESET,
                AuditAction.ACCOUNT_PASSWORD_CHANGED, AuditAction.ACCOUNT_PASSWORD_CHANGE_FAILED));
    }

    public List<AuditEntry> getHistory() {
        return history;
    }

    /** An event's details as "key: value" lines (roles before and after, …). */
    public List<Map.Entry<String, String>> fields(AuditEntry event) {
        return DetailsLayout.fields(event.details());
    }

    public void saveRoles() {
        AccountSummary changed = accounts.assignRoles(selected.getUsername(), selectedRoles);
        Messages.info("accounts.rolesChanged", changed.username());
    }

    /** Resets the password; the temporary one is shown once in a dialog and forgotten when it closes. */
    public void resetPassword(AccountRow account) {
        selected = account;
        temporaryPassword = passwords.reset(account.getUsername());
        updates.endSessionsOf(account.getUsername());
        Messages.info("accounts.passwordReset", account.getUsername());
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void forgetTemporaryPassword() {
        temporaryPassword = null;
    }

    public void disable(AccountRow account) {
        accounts.disable(account.getUsername());
        updates.endSessionsOf(account.getUsername());
        Messages.info("accounts.disabled", account.getUsername());
    }

    public List<String> getAllRoles() {
        return Arrays.stream(Role.values()).map(Enum::name).toList();
    }

    public LazyDataModel<AccountRow> getModel() {
        return model;
    }

    private final class AccountModel extends LazyDataModel<AccountRow> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) accounts.list(0, 1, filter(filterBy), null, true).total();
        }

        @Override
        public List<AccountRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            int size = Math.min(Math.max(pageSize, 1), Page.MAX_SIZE);
            Page<AccountSummary> page = accounts.list(first / size, size, filter(filterBy),
                    sort == null ? "username" : sort.getField(), sort == null || sort.getOrder() != SortOrder.DESCENDING);
            setRowCount((int) page.total());
            return page.items().stream().map(AccountRow::new).toList();
        }

        @Override
        public String getRowKey(AccountRow account) {
            return account.getUsername();
        }

        @Override
        public AccountRow getRowData(String rowKey) {
            return new AccountRow(accounts.summary(rowKey));
        }

        private String filter(Map<String, FilterMeta> filterBy) {
            FilterMeta global = filterBy.get("globalFilter");
            return global == null || global.getFilterValue() == null ? null : global.getFilterValue().toString();
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public AccountRow getSelected() {
        return selected;
    }

    public List<String> getSelectedRoles() {
        return selectedRoles;
    }

    public void setSelectedRoles(List<String> selectedRoles) {
        this.selectedRoles = selectedRoles;
    }
}
