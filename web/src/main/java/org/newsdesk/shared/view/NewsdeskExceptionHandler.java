package org.newsdesk.shared.view;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.ejb.EJBAccessException;
import org.newsdesk.shared.boundary.NewsdeskException;
import org.newsdesk.shared.boundary.NotFoundException;
import org.newsdesk.workflow.boundary.WorkflowRefusal;
import org.newsdesk.workflow.view.WorkflowTexts;

import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where failures become what a user sees on a screen: a business failure becomes messages (one per
 * field) and the form stays as it was, nothing saved; an expired page is reloaded; anything unexpected is logged
 * once with a correlation id that the message shows.
 */
public class NewsdeskExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(NewsdeskExceptionHandler.class.getName());

    public NewsdeskExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new NewsdeskExceptionHandler(getWrapped().getExceptionHandler());
        }
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable thrown = events.next().getContext().getException();
            NewsdeskException business = find(thrown, NewsdeskException.class);
            if (business instanceof NotFoundException && !faces.isPostback()) {
                // a page opened for a story (or claim) that does not exist: the 404 page, not a broken screen
                events.remove();
                notFound(faces, business.getMessage());
            } else if (business instanceof WorkflowRefusal refusal) {
                // the reason in the user's language, from the workflow definition's judgement
                Messages.add(FacesMessage.SEVERITY_ERROR, null, WorkflowTexts.reason(refusal.decision()), null);
                faces.validationFailed();
                events.remove();
            } else if (business != null) {
                if (business.errors().isEmpty()) {
                    Messages.add(FacesMessage.SEVERITY_ERROR, null, business.getMessage(), null);
                }
                business.errors().forEach(error -> Messages.add(FacesMessage.SEVERITY_ERROR, null,
                        Messages.text("field." + error.field().replaceAll("\\[\\d+]", "")) + ": " + error.message(),
                        null));
                faces.validationFailed();
                events.remove();
            } else if (find(thrown, EJBAccessException.class) != null) {
                Messages.error(null, "error.forbidden");
                faces.validationFailed();
                events.remove();
            } else if (find(thrown, ViewExpiredException.class) != null) {
                events.remove();
                reload(faces, null);
            } else if (find(thrown, ProtectedViewException.class) != null) {
                // a protected page opened from outside Newsdesk (a link in a mail, a forged request)
                events.remove();
                reload(faces, "error.protectedView");
            } else {
                String id = UUID.randomUUID().toString();
                LOG.log(Level.SEVERE, "Server error " + id, thrown);
                Messages.error(null, "error.unexpected", id);
                faces.validationFailed();
                events.remove();
            }
        }
        getWrapped().handle();
    }

    private static void notFound(FacesContext faces, String detail) {
        try {
            faces.getExternalContext().responseSendError(404, detail);
            faces.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }

    private static void reload(FacesContext faces, String messageKey) {
        try {
            var external = faces.getExternalContext();
            if (messageKey != null) {
                Messages.error(null, messageKey);
                external.getFlash().setKeepMessages(true);
            }
            external.redirect(external.getRequestContextPath() + "/index.xhtml");
            faces.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
