package org.newsdesk.account.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.newsdesk.account.boundary.TwoFactorService;
import org.newsdesk.shared.view.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * Two-factor login on "My account": set it up (QR code or the secret to type, confirmed by a first code; then the
 * recovery codes, shown once), or turn it off with a code unless one's role requires it.
 */
@Named
@ViewScoped
public class TwoFactorBean implements Serializable {

    @EJB
    transient TwoFactorService twoFactor;

    private TwoFactorService.Status status;
    private transient TwoFactorService.Enrolment enrolment;
    private transient List<String> recoveryCodes;
    private String code;

    public TwoFactorService.Status getStatus() {
        if (status == null) {
            status = twoFactor.status();
        }
        return status;
    }

    public void begin() {
        enrolment = twoFactor.begin();
        recoveryCodes = null;
    }

    public void confirm() {
        recoveryCodes = twoFactor.confirm(code);
        enrolment = null;
        code = null;
        status = null;
        Messages.info("twoFactor.enabled");
    }

    public void disable() {
        twoFactor.disable(code);
        code = null;
        status = null;
        Messages.info("twoFactor.disabled");
    }

    public TwoFactorService.Enrolment getEnrolment() {
        return enrolment;
    }

    public String getQrCode() {
        return enrolment == null ? null : QrCodes.dataUri(enrolment.uri());
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
