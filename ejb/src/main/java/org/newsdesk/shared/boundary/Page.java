package org.newsdesk.shared.boundary;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list, as every list of the API returns it.
 */
public record Page<T>(List<T> items, long total, int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, page, size);
    }

    /** Checks the paging parameters of a request. */
    public static void validate(int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidInputException("page", "is beyond the end of any list");
        }
    }
}
