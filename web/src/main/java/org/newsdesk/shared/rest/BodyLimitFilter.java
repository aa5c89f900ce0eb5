package org.newsdesk.shared.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over {@link #MAX_BYTES} with 413, by the declared length before reading, and while
 * reading for bodies sent without a length (chunked); and JSON bodies nested deeper than {@link #MAX_DEPTH} with
 * 400 while they are read, before the parser's recursion can exhaust the stack (one pass, constant work per byte).
 */
@Provider
@PreMatching
public class BodyLimitFilter implements ContainerRequestFilter {

    /**
     * Larger than any story (500,000 characters of body) and the 1 MB import limit, and below the HTTP listener's
     * own 2 MB limit (which closes the connection instead of answering).
     */
    public static final long MAX_BYTES = 3L * 512 * 1024;

    /** At most this much of a refused body is read out (so that the client gets the answer, not a reset). */
    private static final long DISCARD_MAX = 16L * 1024 * 1024;

    /** Far deeper than any request of the API (three levels) and far below what the JSON binding's recursion bears. */
    public static final int MAX_DEPTH = 64;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            discard(request.getEntityStream());
            throw tooLarge();
        }
        MediaType type = request.getMediaType();
        boolean json = type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        request.setEntityStream(new Limited(request.getEntityStream(), json ? new JsonDepth(MAX_DEPTH) : null));
    }

    /**
     * Reads the refused body to its end (the listener caps it at 2 MB), so that the client, still sending, gets the
     * 413 instead of a closed connection.
     */
    private static void discard(InputStream body) {
        byte[] buffer = new byte[64 * 1024];
        long left = DISCARD_MAX;
        try {
            // bounded (16 MB): a client that keeps sending past this gets its connection closed instead
            for (int n = body.read(buffer); n >= 0 && left > 0; n = body.read(buffer)) {
                left -= n;
            }
        } catch (IOException e) {
            // the client gave up; the 413 is still the answer
        }
    }

    private static WebApplicationException tooLarge() {
        return new Refused(Problems.response(413, "Payload Too Large",
                "The request body is larger than " + MAX_BYTES / 1024 + " KB."));
    }

    /**
     * The answer to a body refused while the JSON binding was reading it: the binding wraps what the stream threw
     * (into a JsonbException or ProcessingException), so the mappers of those look for it first.
     */
    static java.util.Optional<jakarta.ws.rs.core.Response> refusal(Throwable e) {
        for (int depth = 0; e != null && depth < 20; depth++, e = e.getCause()) {
            if (e instanceof Refused refused) {
                return java.util.Optional.of(refused.getResponse());
            }
        }
        return java.util.Optional.empty();
    }

    /** A body refused by its size or nesting, with its answer. */
    static final class Refused extends WebApplicationException {
        Refused(jakarta.ws.rs.core.Response response) {
            super(response);
        }
    }

    private static final class Limited extends FilterInputStream {

        private final JsonDepth depth;
        private long read;

        Limited(InputStream in, JsonDepth depth) {
            super(in);
            this.depth = depth;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            if (b >= 0 && depth != null) {
                inspect(new byte[] {(byte) b}, 0, 1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            if (n > 0 && depth != null) {
                inspect(buffer, offset, n);
            }
            return n;
        }

        private void inspect(byte[] buffer, int offset, int length) {
            if (!depth.accept(buffer, offset, length)) {
                discard(in); // the client is still sending: read it out, so it gets the answer, not a reset
                throw new Refused(Problems.response(400, "Bad Request",
                        "The JSON body is nested deeper than " + depth.limit() + " levels."));
            }
        }

        private void count(int n) {
            read += n;
            if (read > MAX_BYTES) {
                discard(in); // the client is still sending: read it out, so it gets the 413, not a reset
                throw tooLarge();
            }
        }
    }
}
