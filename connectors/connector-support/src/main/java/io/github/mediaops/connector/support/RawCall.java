package io.github.mediaops.connector.support;

import io.github.mediaops.core.validate.Checks;
import java.io.IOException;
import java.util.function.IntPredicate;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.ResponseBody;
import okio.Timeout;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * A Retrofit {@link Call} for answers a platform gives in its status line and headers rather than (only) in a JSON
 * body, so that they can still run through {@link ConnectorRuntime} (tokens, attempt budget, typed errors): a
 * {@code Location} header naming an upload session, a {@code 204 No Content}, Google's {@code 308 Resume Incomplete}
 * with its {@code Range} header. The reader sees the status, the headers and the body bytes of every 2xx answer and
 * of the non-2xx statuses named by {@code answers}; any other status is handed to the runtime untouched, whose error
 * decoder types it as usual.
 *
 * <pre>{@code
 * Session s = runtime.create("upload/youtube/v3/videos", token -> RawCall.of(api.startUpload("Bearer " + token, ...),
 *         RawCall.NO_EXTRA_ANSWERS, (status, headers, body) -> new Session(headers.get("Location"))));
 * }</pre>
 *
 * <p>The body of a 2xx answer is not run through the error decoder (the reader decides what it means); use it for
 * platforms that report errors with an HTTP error status.
 *
 * @param <T> what the reader makes of an answer
 */
public final class RawCall<T> implements Call<T> {
    /** No statuses outside 2xx are answers. */
    public static final IntPredicate NO_EXTRA_ANSWERS = status -> false;

    /** Reads one answer. */
    @FunctionalInterface
    public interface Reader<T> {
        /**
         * @param status  the HTTP status
         * @param headers the response headers
         * @param body    the body bytes, empty when there was none
         * @return what the answer means; never {@code null}
         */
        T read(int status, Headers headers, byte[] body) throws IOException;
    }

    private final Call<ResponseBody> delegate;
    private final IntPredicate answers;
    private final Reader<T> reader;

    private RawCall(Call<ResponseBody> delegate, IntPredicate answers, Reader<T> reader) {
        this.delegate = delegate;
        this.answers = answers;
        this.reader = reader;
    }

    /**
     * @param call    a Retrofit call declared to return {@code ResponseBody}
     * @param answers non-2xx statuses that are answers rather than errors (e.g. {@code s -> s == 308})
     * @param reader  what an answer means
     */
    public static <T> Call<T> of(Call<ResponseBody> call, IntPredicate answers, Reader<T> reader) {
        return new RawCall<>(Checks.notNull(call, "call"), Checks.notNull(answers, "answers"), Checks.notNull(reader, "reader"));
    }

    @Override
    public Response<T> execute() throws IOException {
        return map(delegate.execute());
    }

    private Response<T> map(Response<ResponseBody> r) throws IOException {
        int status = r.code();
        if (!r.isSuccessful() && !answers.test(status)) {
            return Response.error(r.errorBody() != null ? r.errorBody() : ResponseBody.create(new byte[0], null), r.raw());
        }
        byte[] bytes;
        try (ResponseBody b = r.isSuccessful() ? r.body() : r.errorBody()) {
            bytes = b == null ? new byte[0] : b.bytes();
        }
        T value = Checks.notNull(reader.read(status, r.headers(), bytes), "read answer");
        okhttp3.Response raw = r.isSuccessful() ? r.raw() : r.raw().newBuilder().code(200).message("answer " + status).build();
        return Response.success(value, raw);
    }

    @Override
    public void enqueue(Callback<T> callback) {
        Checks.notNull(callback, "callback");
        delegate.enqueue(new Callback<>() {
            @Override
            public void onResponse(Call<ResponseBody> call, Response<ResponseBody> response) {
                Response<T> mapped;
                try {
                    mapped = map(response);
                } catch (IOException | RuntimeException e) {
                    callback.onFailure(RawCall.this, e);
                    return;
                }
                callback.onResponse(RawCall.this, mapped);
            }

            @Override
            public void onFailure(Call<ResponseBody> call, Throwable t) {
                callback.onFailure(RawCall.this, t);
            }
        });
    }

    @Override
    public boolean isExecuted() {
        return delegate.isExecuted();
    }

    @Override
    public void cancel() {
        delegate.cancel();
    }

    @Override
    public boolean isCanceled() {
        return delegate.isCanceled();
    }

    @Override
    public Call<T> clone() {
        return new RawCall<>(delegate.clone(), answers, reader);
    }

    @Override
    public Request request() {
        return delegate.request();
    }

    @Override
    public Timeout timeout() {
        return delegate.timeout();
    }
}
