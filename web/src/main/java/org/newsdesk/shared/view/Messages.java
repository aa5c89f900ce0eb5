package org.newsdesk.shared.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Faces messages from the de/en bundle ({@code msg}). */
public final class Messages {

    private Messages() {
    }

    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, null, text(key, args), null);
    }

    public static void warn(String key, Object... args) {
        add(FacesMessage.SEVERITY_WARN, null, text(key, args), null);
    }

    public static void error(String clientId, String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, clientId, text(key, args), null);
    }

    public static void add(FacesMessage.Severity severity, String clientId, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary, detail));
    }
}
