package org.newsdesk.story.control;

/** Why a text cannot be imported; the message is shown to the user as it is. */
public class ImportRejectedException extends Exception {

    private final boolean tooLarge;

    public ImportRejectedException(String message) {
        this(message, false);
    }

    private ImportRejectedException(String message, boolean tooLarge) {
        super(message);
        this.tooLarge = tooLarge;
    }

    static ImportRejectedException tooLarge(String message) {
        return new ImportRejectedException(message, true);
    }

    /** True when the text is over the size limit (HTTP 413), not malformed. */
    public boolean tooLarge() {
        return tooLarge;
    }
}
