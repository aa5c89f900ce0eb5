package org.newsdesk.shared.view;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The user's language for this session: German or English, first taken from the browser. */
@Named
@SessionScoped
public class SessionPreferences implements Serializable {

    private static final List<String> LANGUAGES = List.of("de", "en");
    private static final String TIME_ZONE = System.getenv().getOrDefault("NEWSDESK_TIME_ZONE", "Europe/Berlin");

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            locale = requested != null && "de".equals(requested.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
        }
        return locale;
    }

    /** The newsroom's time zone for showing times (NEWSDESK_TIME_ZONE, default Europe/Berlin). */
    public String getTimeZone() {
        return TIME_ZONE;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    /** Switches the language and shows the same page again (a POST: preferences never change through GET). */
    public String switchTo(String language) {
        if (LANGUAGES.contains(language)) {
            locale = Locale.forLanguageTag(language);
            FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        }
        // the same page again, with its parameters (the story it shows), now in the new language
        return FacesContext.getCurrentInstance().getViewRoot().getViewId()
                + "?faces-redirect=true&includeViewParams=true";
    }
}
