package org.newsdesk.shared.timing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;

/**
 * Tells how long the server worked on a page: {@code Server-Timing: app;dur=12.3} (milliseconds, W3C Server
 * Timing), as browsers' developer tools and the benchmarks read it. The response is buffered up to {@value #BUFFER}
 * bytes so the header can follow the work; a larger page, already sent, goes without it. (The API has its own:
 * {@link ApiServerTiming}.)
 */
@WebFilter(urlPatterns = "*.xhtml")
public class ServerTimingFilter extends HttpFilter {

    static final int BUFFER = 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        if (!response.isCommitted()) {
            response.setBufferSize(BUFFER);
        }
        chain.doFilter(request, response);
        if (!response.isCommitted()) {
            response.setHeader("Server-Timing", String.format(Locale.ROOT, "app;dur=%.1f",
                    (System.nanoTime() - start) / 1e6));
        }
    }
}
